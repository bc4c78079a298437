"""Turkish demo translations of the topics and the service pages not yet in the table beside this module."""

from services.demo_translations.shared import hsu_language_names

TRANSLATIONS = {
    ("services.topic", "integrationszentrum"): {
        "title": "Belediye Entegrasyon Merkezi ve çalışma alanları",
        "summary": "MIA-DO-KI ne yapar: eğitim, danışmanlık, ağ kurma ve şehrin kültürlerarası açılımı.",
        "body": (
            "<p>Belediye Entegrasyon Merkezi (Kommunales Integrationszentrum), 2013 yılındaki meclis kararından bu "
            "yana Dortmund'un entegrasyon çalışmalarını bir araya getirir. Okullar, kreşler, dernekler ve belediye "
            "idaresiyle birlikte çalışır.</p><h2>Çalışma alanları</h2><ul><li>Kreşten mesleğe kadar eğitim, "
            "örneğin dil gelişimi</li><li>Yeni gelenler için danışmanlık ve yön bulma</li><li>Semtte ve şehir "
            "toplumunda ağlar</li><li>Belediye idaresinin kültürlerarası açılımı</li><li>Dernek ve girişimlere "
            "maddi destek</li></ul><p>Temel, şehrin 2005'ten beri birçok ortakla birlikte geliştirdiği Masterplan "
            "Migration/Integration'dır (göç ve entegrasyon ana planı).</p>"
        ),
    },
    ("services.topic", "gefluechtete"): {
        "title": "Dortmund'daki mülteciler: Sosyal Yardım Dairesi'nin hizmetleri",
        "summary": "Mülteciler için konaklama, geçim parası ve başvurulacak kişiler.",
        "body": (
            "<p>Sosyal Yardım Dairesi'nin mülteciler bölümü, sığınma başvurusu henüz karara bağlanmamışsa veya "
            "geçici oturma izni (Duldung) varsa sorumludur. Konaklamada yardım eder ve Sığınmacılara Yardım "
            "Yasası'na göre ödeme yapar.</p><p>Hizmetleri ve iletişim bilgilerini burada bulursunuz.</p>"
        ),
    },
    ("services.topic", "beratung"): {
        "title": "Göçmenler, komşular ve gönüllüler için danışmanlık",
        "summary": "Dortmund'a yeni gelen, yardım etmek isteyen ya da birlikte yaşam hakkında sorusu olan herkes "
        "burada destek bulur.",
        "body": (
            "<p>Danışmanlık ücretsiz ve gizlidir. Yalnız gelebilir ya da güvendiğiniz birini yanınızda "
            "getirebilirsiniz. Gerekirse bir sözlü çevirmen ayarlarız.</p>"
        ),
    },
    ("services.topic", "hsu"): {
        "title": "Anadil dersi (HSU)",
        "summary": "Çok dilli çocuklar için gönüllü bir olanak: aile dilinde ders.",
        "body": (
            "<p>HSU'da 1.–10. sınıf çocukları aile dillerinde okuma ve yazmayı öğrenir. Dilleri, okulları ve ders "
            "saatlerini HSU arama sayfasında bulursunuz.</p>"
        ),
    },
    ("services.topic", "neuzugewanderte"): {
        "title": "Yeni gelenler için düzenli yardım",
        "summary": "Aynı anda birçok sorunla uğraşan yeni gelenlere eşlik.",
        "body": (
            "<p>Konut, iş, okul, sağlık: Bazen her şey üst üste gelir. O zaman, sabit bir kişinin genel durumu "
            "takip ettiği ve uygun kurumları dahil ettiği planlı bir eşlik yardımcı olur.</p>"
        ),
    },
    ("services.topic", "netzwerke"): {
        "title": "Ağ ve kurul çalışmaları",
        "summary": "Birlikte daha fazlası: Dortmund'da entegrasyon ve çeşitlilik için ağlar ve kurullar.",
        "body": (
            "<p>MIA-DO-KI; belediye idaresi, dernekler, göçmen örgütleri, okullar ve refah kuruluşlarından insanları "
            "bir araya getirir. Semt ağlarında ve uzman kurullarında deneyimler paylaşılır, hizmetler "
            "birbirine uyumlu hâle getirilir.</p>"
        ),
    },
    ("services.topic", "sprachbildung"): {
        "title": "Dil gelişimi: Rucksack ve Griffbereit",
        "summary": "Çok dilli büyüyen çocukları ve ebeveynlerini destekleyen programlar.",
        "body": (
            "<p>Çocuklar Almancayı en iyi, aile dilleri de güçlendirildiğinde öğrenir. Griffbereit (üç yaşına kadar "
            "çocuğu olan aileler için) ve Rucksack (kreş ve ilkokulda) programları bu fikre dayanır.</p>"
        ),
    },
    ("services.topic", "foerderung"): {
        "title": "Entegrasyon projeleri için maddi destek",
        "summary": "Entegrasyon alanında çalışan dernek ve girişimler destek parası için başvurabilir.",
        "body": (
            "<p>MIA-DO-KI eyaletin ve şehrin parasını göçmen örgütlerine, derneklere, kilise cemaatlerine, "
            "girişimlere ve refah kuruluşlarına aktarır. Güncel çağrılar, son tarihler ve belgeler Destek "
            "bölümündedir.</p>"
        ),
    },
    ("services.topic", "interkulturelle-oeffnung"): {
        "title": "Kültürlerarası açılım çerçeve konsepti",
        "summary": "Belediye idaresi tüm Dortmundlulara nasıl açılıyor.",
        "body": (
            "<p>Meclis 2008'de belediye idaresinin kültürlerarası açılımı için bir çerçeve konsepti kabul etti. "
            "Amaç; anlaşılır hizmetler, çeşitli ekipler ve çalışanlar için eğitimlerdir.</p>"
        ),
    },
    ("services.service", "seiteneinstieg-schule"): {
        "title": "Yeni gelen çocuklar için okul yeri",
        "summary": "Ailelere danışmanlık ve Dortmund'a yeni gelen çocuklar için okul yeri bulma.",
        "body": (
            "<p>Dortmund'a yeni gelen çocuk ve gençler okula gitmekle yükümlüdür. Aileye danışmanlık yapar, dil "
            "düzeyini belirler ve uygun bir okul yeri buluruz.</p>"
        ),
    },
    ("services.service", "nachbarschaft-ehrenamt"): {
        "title": "Komşuluk ve gönüllülük danışmanlığı",
        "summary": "Gönüllü olmak isteyen ya da mahallede birlikte yaşam hakkında sorusu olan herkes için.",
        "body": (
            "<p>Yeni gelenlere eşlik etmek, birine hami olmak ya da mahallede bir şenlik düzenlemek mi "
            "istiyorsunuz? Sizi doğru kişilerle ve eğitimlerle buluştururuz.</p>"
        ),
    },
    ("services.service", "fallbegleitung"): {
        "title": "Yeni gelenler için kişisel eşlik",
        "summary": "Birçok sorunu olan ailelere birkaç ay boyunca sabit bir kişi eşlik eder.",
        "body": (
            "<p>Önce neyin gerektiğini sizinle birlikte belirleriz: konut, okul yeri, sağlık sigortası ya da iş. "
            "Hedefler koyar ve randevulara sizinle birlikte gideriz.</p>"
        ),
    },
    ("services.service", "netzwerke-mitwirken"): {
        "title": "Ağlarda yer alın",
        "summary": "Dernekler ve girişimler semt ağlarında ve uzman ağlarında birlikte çalışabilir.",
        "body": (
            "<p>Ağlar yılda birkaç kez toplanır. Yeni üyeler her zaman hoş karşılanır; bize yazın, sizi bir sonraki "
            "toplantıya davet edelim.</p>"
        ),
    },
    ("services.service", "rucksack"): {
        "title": "Rucksack: kreş ve ilkokulda veli eğitimi",
        "summary": "Veliler, çocuklarının dillerini evde derse uygun biçimde nasıl güçlendireceklerini öğrenir.",
        "body": (
            "<p>Rucksack gruplarında veliler kreşte ya da ilkokulda düzenli olarak buluşur. Grupta veya sınıfta "
            "işlenen konulara uygun, kendi dillerinde materyal alırlar.</p>"
        ),
    },
    ("services.service", "foerderberatung"): {
        "title": "Destek parası danışmanlığı",
        "summary": "Derneklere başvurudan önce danışmanlık: hangi program uygun, hangi belgeler gerekli.",
        "body": (
            "<p>Başvurmadan önce bizi arayın ya da bize yazın. Güncel destek çağrılarını son tarihleriyle birlikte "
            "Destek bölümünde bulursunuz.</p>"
        ),
    },
    ("services.service", "interkulturelle-fortbildung"): {
        "title": "Kültürlerarası açılım eğitimleri",
        "summary": "Kültürlerarası açılmak isteyen daireler ve kurumlar için eğitim ve danışmanlık.",
        "body": (
            "<p>Dairelere bilgileri anlaşılır hâle getirmede, çeşitli ekipler kurmada ve sözlü çevirmenlerle "
            "çalışmada destek oluruz.</p>"
        ),
    },
}

# The HSU languages' names in Turkish.
HSU_LANGUAGES = {
    "albanian": "Arnavutça",
    "arabic": "Arapça",
    "bosnian": "Boşnakça",
    "bulgarian": "Bulgarca",
    "greek": "Yunanca",
    "italian": "İtalyanca",
    "croatian": "Hırvatça",
    "kurdish": "Kürtçe",
    "macedonian": "Makedonca",
    "persian": "Farsça",
    "polish": "Lehçe",
    "portuguese": "Portekizce",
    "romanian": "Rumence",
    "russian": "Rusça",
    "serbian": "Sırpça",
    "spanish": "İspanyolca",
    "turkish": "Türkçe",
    "ukrainian": "Ukraynaca",
}

TRANSLATIONS.update(hsu_language_names(HSU_LANGUAGES))
