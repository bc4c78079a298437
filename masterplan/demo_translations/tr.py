"""Turkish demo translations of the Masterplan (our own words)."""

from masterplan.demo_texts import sections
from masterplan.demo_translations.shared import translations

PHASES = {
    "auftrag-2005": (
        "Görev",
        "Şehir meclisi bir Masterplan Migration/Integration hazırlanmasına karar verir: buraya taşınan insanlarla "
        "burada doğanların iyi bir arada yaşaması için şehrin uzun vadeli planı. Böylece entegrasyon, belediye "
        "idaresini de kapsayan ayrı bir çalışma alanı olur.",
    ),
    "leitbild-und-netzwerke": (
        "Yol gösterici ilkeler ve ağlar",
        "Belediye idaresi ve sivil toplum, entegrasyonun Dortmund'da ne anlama gelmesi gerektiğini birlikte "
        "belirler, yol gösterici ilkeler yazar ve ağlar kurar. 2008'de şehir Çeşitlilik Şartı'na (Charta der "
        "Vielfalt) katılır ve idarenin kültürlerarası açılımı için bir çerçeve konsepti kabul eder.",
    ),
    "querschnittsaufgabe": (
        "Tüm birimlerin görevi olarak entegrasyon",
        "Entegrasyon bütün birimlerin görevi olur. Dört stratejik alan çalışmayı düzenler: eğitim; iş ve "
        "ekonomi; semtlerde sosyal denge; açık ve uluslararası bir şehir.",
    ),
    "kommunales-integrationszentrum": (
        "Belediye Entegrasyon Merkezi",
        "Meclis 2013'te Kommunales Integrationszentrum Dortmund'un (MIA-DO-KI) kurulmasına karar verir. 2018'de "
        "çalışmaların sürdürülmesine karar verilir.",
    ),
    "mehr-erreichen-mit-beteiligung": (
        "„Katılımla daha fazlası.“",
        "Dortmund, Initiative Offene Gesellschaft ve More in Common'ın „Mehr erreichen. Mit Beteiligung. Kommunen "
        "der Offenen Gesellschaft“ katılım projesindeki beş model belediyeden biridir. Şehir bir yıl boyunca göç "
        "geçmişi olan gençlere meslek eğitimine ve işe giden yollarını sorar.",
    ),
    "fortschreibung": (
        "Ana planın güncellenmesi",
        "Ana plan değişen göçe ve bugünün görevlerine uyarlanıyor. 2023 katılım projesinin sonuçları da buna "
        "dahil ediliyor.",
    ),
}

EVENTS = {
    "ratsbeschluss-2005": (
        "Ana plan için meclis kararı",
        "Meclis, idareden şehir halkıyla birlikte bir ana plan hazırlamasını ister.",
    ),
    "auftaktforum-2005": (
        "Açılış forumu",
        "Dernekler, göçmen örgütleri ve belediye birimleri ana plan için konular toplar.",
    ),
    "werkstatt-leitbild-2006": (
        "Yol gösterici ilkeler atölyesi",
        "Çalışma gruplarında, ilkelerin temeli olacak ortak bir entegrasyon anlayışı oluşur.",
    ),
    "charta-der-vielfalt-2008": (
        "Çeşitlilik Şartı'na katılım",
        "Şehir, işveren olarak çeşitliliği tanımayı ve desteklemeyi taahhüt eder.",
    ),
    "beschluss-rahmenkonzept-2008": (
        "Kültürlerarası açılım çerçeve konsepti kararı",
        "Meclis, idarenin bir çerçeve konseptine göre kültürlerarası açılmasına karar verir.",
    ),
    "integrationsforum-2009": (
        "Entegrasyon forumu 2009",
        "Ağlar ilk sonuçlarını anlatır ve sonraki adımlar üzerinde anlaşır.",
    ),
    "werkstatt-handlungsfelder-2011": (
        "Dört çalışma alanı atölyesi",
        "Birimler ve kuruluşlar projelerini dört stratejik alana yerleştirir.",
    ),
    "integrationsforum-2012": (
        "Entegrasyon forumu 2012",
        "Birimler arası çalışmanın değerlendirmesi ve kalıcı bir yapı için öneriler.",
    ),
    "ratsbeschluss-ki-2013": (
        "Belediye Entegrasyon Merkezi'nin kuruluşu",
        "Meclis, Kommunales Integrationszentrum Dortmund'un kurulmasına karar verir.",
    ),
    "fortfuehrung-2018": (
        "Çalışmaların sürdürülmesi",
        "Meclis, entegrasyon merkezinin çalışmalarını sürdürmesine karar verir.",
    ),
    "auftakt-2023": (
        "Katılım projesinin başlangıcı",
        "Şehir, Initiative Offene Gesellschaft ve More in Common hedefleri ve süreci tanıtır.",
    ),
    "befragung-2023": (
        "Dortmundlu gençlerle anket",
        "Göç geçmişi olan gençler meslek eğitimi, iş ve aidiyet hakkındaki soruları yanıtlar.",
    ),
    "dialogwerkstaetten-2023": (
        "Diyalog atölyeleri",
        "Gençler küçük gruplarda işletmeler, okullar ve danışma merkezleriyle konuşur.",
    ),
    "ergebniskonferenz-2023": ("Sonuç konferansı", "Sonuçlar sunulur ve birlikte önerilere dönüştürülür."),
    "auftakt-fortschreibung-2024": (
        "Güncelleme forumu",
        "Ana planın güncellenmesine giden yol şehir halkıyla konuşulur.",
    ),
}

DOCUMENTS = {
    "ratsbeschluss-masterplan-2005": (
        "Göç ve entegrasyon ana planının hazırlanmasına ilişkin meclis kararı",
        "Bu kararla entegrasyon şehrin ayrı bir çalışma alanı olur. Karar görevi, katılanları ve zaman planını "
        "anlatır.",
    ),
    "zwischenbericht-2007": (
        "Ana plan ara raporu",
        "Çalışma gruplarının durumu hakkındaki ilk rapor. Yerini 2011 raporu almıştır.",
    ),
    "leitbild-integration": (
        "Dortmund Şehri entegrasyon ilkeleri",
        "İlkeler, şehrin entegrasyonu nasıl anladığını anlatır ve idarenin ve ortaklarının uymak istediği "
        "esasları sayar.",
    ),
    "rahmenkonzept-interkulturelle-oeffnung": (
        "Belediye idaresinin kültürlerarası açılımı için çerçeve konsepti",
        "Çerçeve konsepti, idarenin hizmetlerini, personelini ve işleyişini çeşitli bir şehir toplumuna nasıl "
        "uyarlayacağını belirler.",
    ),
    "protokoll-integrationsforum-2009": (
        "Entegrasyon forumu 2009 tutanağı",
        "Tutanak, ağların raporlarını ve üzerinde anlaşılan sonraki adımları kaydeder.",
    ),
    "bericht-handlungsfelder-2011": (
        "Tüm birimlerin görevi olarak entegrasyon: dört stratejik çalışma alanı",
        "Rapor, şehrin entegrasyon çalışmalarını dört alana ayırır ve her alan için hedefler tanımlar.",
    ),
    "ratsbeschluss-integrationszentrum-2013": (
        "Belediye Entegrasyon Merkezi'nin kurulmasına ilişkin meclis kararı",
        "Karar, Kommunales Integrationszentrum Dortmund'u kurar ve görevlerini tanımlar.",
    ),
    "beschluss-fortfuehrung-2018": (
        "Belediye Entegrasyon Merkezi'nin sürdürülmesi kararı",
        "Meclis, entegrasyon merkezinin çalışmalarını onaylar ve sürdürülmesine karar verir.",
    ),
    "praesentation-auftakt-2023": (
        "„Katılımla daha fazlası.“ projesinin açılış sunumu",
        "Açılış etkinliğinin slaytları: projenin hedefleri, zaman planı ve katılım biçimleri.",
    ),
    "beteiligungsbericht-2023": (
        "Katılım raporu 2023: gençler, meslek eğitimi ve iş",
        "Göç geçmişi olan Dortmundlu gençlerin meslek eğitimine ve işe giden yolları hakkında anlattıkları ve "
        "bundan çıkan öneriler.",
    ),
}

BODIES = {
    "ratsbeschluss-masterplan-2005": sections(
        (
            "Karar",
            "Meclis, idareden dernekler, göçmen örgütleri ve uzmanlarla birlikte bir göç ve entegrasyon ana "
            "planı hazırlamasını ister.",
        ),
        (
            "Gerekçe",
            "Entegrasyon artık tesadüfe bırakılmamalı; idarenin kendisini de kapsayan, şehrin ayrı bir "
            "çalışma alanı olmalıdır.",
        ),
        ("Zaman planı", "İki yıl içinde meclise ilk rapor sunulacaktır."),
    ),
    "leitbild-integration": sections(
        (
            "Anlayışımız",
            "Entegrasyon karşılıklı bir süreçtir. Herkes şehir hayatına katılmak için eşit fırsatlara "
            "sahip olduğunda başarılı olur.",
        ),
        ("İlkeler", "Çeşitliliği tanırız, katılımı destekleriz ve ayrımcılığa karşı dururuz."),
        (
            "Sorumluluk",
            "Entegrasyon bütün şehir toplumunun görevidir: idarenin, siyasetin, derneklerin ve her bireyin.",
        ),
    ),
    "rahmenkonzept-interkulturelle-oeffnung": sections(
        (
            "Neden",
            "Dortmund'da 170'ten fazla ülkeden gelen insanlar yaşıyor. Bir resmî daireye gelen herkes; "
            "kökeni, dili ve dini ne olursa olsun aynı iyi danışmanlığı almalıdır.",
            "Meclis bu nedenle idarenin planlı biçimde kültürlerarası açılmasına karar verdi. Bu çerçeve konsepti "
            "bunun ne anlama geldiğini ve nasıl uygulanacağını anlatır.",
        ),
        (
            "Hedefler",
            "Şehrin hizmetleri bütün sakinlere ulaşır. Çalışanlar şehrin çeşitliliğini yansıtır. "
            "İşlemler ve formlar anlaşılırdır.",
            "Hedefler her birim için geçerlidir; her birim kendi, denetlenebilir adımlarını belirler.",
        ),
        (
            "Kavramlar",
            "Kültürlerarası açılım tek bir proje değil, bütün kurumun değişim sürecidir. Çeşitlilik; "
            "köken, dil, din ve dünya görüşünü kapsar.",
        ),
        (
            "Hizmetlere erişim",
            "Bilgiler sade dilde ve şehirde en çok konuşulan dillerde sunulur. Gerektiğinde "
            "sözlü çevirmenler çağrılır.",
            "Bekleme alanları, tabelalar ve internet sayfaları herkesin yolunu bulabileceği biçimde düzenlenir.",
        ),
        (
            "- Sözlü çeviri",
            "Sonuçları ağır olabilecek görüşmeler için nitelikli bir çevirmen sağlanır. Çocuklar "
            "çevirmen olarak kullanılmaz.",
        ),
        ("- Yazılı bilgiler", "Resmî kararlara anlaşılır dilde kısa açıklamalar eklenir."),
        (
            "Personel",
            "Şehir, göç geçmişi olan stajyer ve çalışanları özellikle arar. İş ilanlarında çok dillilik "
            "bir kazanç olarak belirtilir.",
            "Seçme süreçleri, insanları istemeden dezavantajlı duruma düşürüp düşürmediği açısından incelenir.",
        ),
        (
            "Eğitim",
            "Bütün yöneticiler ve halkla doğrudan çalışan bütün çalışanlar kültürlerarası yetkinlik "
            "eğitimlerine katılır. Eğitimler göçmen örgütleriyle birlikte hazırlanır.",
        ),
        (
            "Örgütlenme ve işleyiş",
            "Her birim kültürlerarası açılım için bir irtibat kişisi belirler. Bu kişiler "
            "bir ağ içinde düzenli olarak fikir alışverişi yapar.",
        ),
        (
            "Şehir toplumuyla işbirliği",
            "Göçmen örgütleri, refah kuruluşları ve dinî topluluklar uygulamada "
            "ortaktır. Erken dahil edilir, önerileri dikkate alınır.",
        ),
        (
            "Şikâyet ve öneriler",
            "Kendini haksızlığa uğramış hisseden bağımsız bir birime başvurabilir. Her şikâyet "
            "yanıtlanır ve değerlendirilir.",
        ),
        (
            "Adım adım uygulama",
            "Konsept üç aşamada uygulanır: mevcut durumun tespiti, her birimde önlemlerin "
            "planlanması ve iki yıl sonra değerlendirme.",
        ),
        (
            "Değerlendirme ve rapor",
            "İdare yönetim kurulu iki yılda bir meclise rapor verir. Göstergeler arasında "
            "göç geçmişi olan çalışanların oranı ve eğitimlere katılım vardır.",
        ),
        (
            "Gelecek",
            "Kültürlerarası açılım sürekli bir görevdir. Şehir toplumu değiştikçe çerçeve konsepti güncellenir.",
        ),
        intro="Bu çerçeve konsepti Ekim 2008'de Dortmund Şehir Meclisi tarafından kabul edildi.",
    ),
    "beteiligungsbericht-2023": sections(
        (
            "Konu neydi",
            "Dortmund 2023'te „Mehr erreichen. Mit Beteiligung. Kommunen der Offenen Gesellschaft“ "
            "projesinin beş model belediyesinden biriydi. Şehir, göç geçmişi olan gençlerin meslek eğitimine ve işe "
            "giden yolu nasıl yaşadığını öğrenmek istedi.",
        ),
        (
            "Ortaklar",
            "Proje Initiative Offene Gesellschaft ve More in Common ile birlikte yürütüldü. Şehirde "
            "okullar, işletmeler, danışma merkezleri ve dernekler katıldı.",
        ),
        (
            "Nasıl çalıştık",
            "Bahardaki bir anketi semtlerde diyalog atölyeleri ve kasımda bir sonuç konferansı izledi.",
            '<table><thead><tr><th scope="col">Adım</th><th scope="col">Zaman</th><th scope="col">Katılanlar</th>'
            "</tr></thead><tbody><tr><td>Başlangıç</td><td>Şubat 2023</td><td>şehir, proje ortakları, kuruluşlar"
            "</td></tr><tr><td>Anket</td><td>Nisan–Mayıs 2023</td><td>16–27 yaş arası gençler</td></tr><tr><td>"
            "Diyalog atölyeleri</td><td>Haziran–Eylül 2023</td><td>gençler, işletmeler, okullar</td></tr><tr><td>"
            "Sonuç konferansı</td><td>Kasım 2023</td><td>tüm katılanlar, siyaset, idare</td></tr></tbody></table>",
        ),
        (
            "Kimler katıldı",
            "On iki semtin hepsinden 16 ile 27 yaş arası gençler katıldı. Birçoğu Dortmund'da "
            "büyüdü, diğerleri birkaç yıl önce geldi.",
        ),
        (
            "Okuldan sonrası",
            "Birçoğu meslek eğitimi gerektiren meslekler hakkında çok geç ve çok az bilgi "
            "aldığını anlatıyor. Stajlar çoğu zaman aile ve tanıdıklar aracılığıyla bulundu.",
        ),
        ("- Ne yardımcı oldu", "Gençler, uzun süre yanlarında olan kişisel irtibat kişilerini yararlı buluyor."),
        (
            "Başvuru ve seçme",
            "Birkaç katılımcı, başvuru sürecinde adlarının veya görünüşlerinin rol oynadığını "
            "yaşadı. İsimsiz ilk başvurular açıkça istendi.",
        ),
        (
            "Dil ve diplomalar",
            "İşletmeler çok dilliliği nadiren bir güç olarak görüyor. Diplomasını yurt dışında "
            "alan kişiler tanınması için çoğu zaman uzun süre bekliyor.",
        ),
        (
            "Danışmanlık",
            "Danışmanlık hizmetlerini birçok kişi tanımıyor. Sosyal medyada, birden çok dilde ve "
            "gençlerin zaten gittiği yerlerde bilgi isteniyor.",
        ),
        (
            "Aidiyet",
            "Çoğu kendini Dortmundlu hissediyor. Ancak dışlanma deneyimleri bu duyguyu belirgin biçimde zayıflatıyor.",
        ),
        (
            "Öneriler",
            "Sonuçlardan beş öneri çıkıyor: erken meslek yönlendirmesi, sabit destek kişileri, adil "
            "seçme süreçleri, diplomaların daha hızlı tanınması ve gençlerin bulunduğu yerde danışmanlık.",
        ),
        (
            "Bundan sonra",
            "<p>Öneriler ana planın güncellenmesine dahil ediliyor. Gelişmeleri ana plan sayfasında "
            'bulabilirsiniz: <a href="https://integration.example.org/tr/masterplan/">Ana plan çevrim içi</a>.</p>',
        ),
        ("Teşekkür", "Deneyimlerini paylaşan bütün gençlere ve şehirdeki bütün ortaklara teşekkür ederiz."),
        intro="Bu rapor 2023 katılım yılının sonuçlarını özetler.",
    ),
}

TRANSLATIONS = translations(
    phases=PHASES, events=EVENTS, documents=DOCUMENTS, bodies=BODIES,
)  # fmt: skip
