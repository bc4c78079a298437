"""Turkish demo translations of the editorial pages (our own words; the Impressum stays German)."""

from portal.demo_translations.shared import contact, email, phone

TRANSLATIONS = {
    ("portal.editorialpage", "datenschutz"): {
        "title": "Veri koruma beyanı",
        "body": f"""
<h2>Sorumlu kim?</h2>
<p>Bu portalda kişisel verilerin işlenmesinden (GVKT/DSGVO madde 13) Belediye Başkanı tarafından temsil edilen
Dortmund Şehri sorumludur:</p>
{contact("Telefon", "E-posta", "demo numarası")}
<p>Resmî veri koruma görevlisine {email("datenschutz@example.org")} adresinden ulaşabilirsiniz.</p>
<h2>Portalı açtığınızda ne olur?</h2>
<p>Tarayıcınız teknik olarak gerekli bilgileri gönderir; örneğin IP adresi, açılan adres ve saat. Bunlara sayfayı
göstermek ve saldırıları önlemek için ihtiyacımız var (DSGVO madde 6 fıkra 1 bent e). Web sunucusu bunları en fazla
yedi gün kayıt dosyalarında saklar; sonra silinir.</p>
<p>Yazı tiplerini, resimleri ve programları yalnızca kendi sunucumuzdan yükleriz. İzniniz olmadan tarayıcınız başka
hiçbir sağlayıcıya bağlanmaz. İstatistik veya reklam hizmeti kullanmayız.</p>
<h2>Portal hangi çerezleri kullanır?</h2>
<p>Yalnızca sizin kullandığınız bir işlev için gerekli çerezleri kullanırız. Hiçbiri analiz veya reklam için
değildir.</p>
<table>
<thead><tr><th scope="col">Ad</th><th scope="col">Amaç</th><th scope="col">Saklama süresi</th></tr></thead>
<tbody>
<tr><td>csrftoken</td><td>Çalışanların girişini ve formlarını başka sitelerin kötüye kullanımına karşı korur. Genel
sayfaların ziyaretçileri bunu almaz.</td><td>bir yıl</td></tr>
<tr><td>portal_consent</td><td>Hangi dış medyaya (örneğin video veya harita) izin verdiğinizi saklar. Yalnızca bir şeye
izin verdiğinizde oluşturulur.</td><td>bir yıl ya da izninizi geri alana kadar</td></tr>
<tr><td>portal_notices</td><td>Hangi uyarıları gizlediğinizi hatırlar.</td><td>60 gün</td></tr>
<tr><td>messages</td><td>Bir form gönderdikten sonra onayı gösterir.</td><td>bir sonraki sayfaya kadar</td></tr>
<tr><td>django_language</td><td>Seçtiğiniz dili, saklanıyorsa, hatırlar.</td><td>tarayıcı oturumunun sonuna
kadar</td></tr>
<tr><td>sessionid</td><td>Yönetim bölümünde editör ekibinin girişi. Ziyaretçiler bu çerezi almaz.</td><td>iki
hafta</td></tr>
</tbody>
</table>
<h2>Formlar üzerinden geri bildirim</h2>
<p>Bize „Bu sayfa yararlı oldu mu?“ sorusu veya erişilebilirlik formu üzerinden yazarsanız mesajınızı, ilgili sayfayı,
dili ve – yalnızca belirtirseniz – adınızı ve e-posta adresinizi saklarız. IP adresinizi saklamayız. Toplu
gönderimlere karşı korunmak için ondan geri çevrilemeyen ve kısa süre sonra geçersiz olan bir kontrol değeri
oluştururuz. Geri bildirimleri 180 gün sonra sileriz. Hukuki dayanak DSGVO madde 6 fıkra 1 bent e'dir.</p>
<h2>Dış medya</h2>
<p>Başka sağlayıcıların videolarını ve haritalarını ancak siz izin verdiğinizde yükleriz. O zamana kadar onların
yerinde sağlayıcının adını veren bir uyarı görürsünüz. Ayarlarınızı istediğiniz zaman „Gizlilik ayarları“ sayfasında
değiştirebilirsiniz.</p>
<h2>Haklarınız</h2>
<p>Bilgi alma, düzeltme, silme ve işlemeyi kısıtlama hakkınız ile işlemeye itiraz hakkınız vardır. Kuzey
Ren-Vestfalya Veri Koruma ve Bilgi Edinme Özgürlüğü Eyalet Görevlisine şikâyette bulunabilirsiniz.</p>
""",
    },
    ("portal.editorialpage", "barrierefreiheit"): {
        "title": "Erişilebilirlik beyanı",
        "body": f"""
<p>Dortmund Şehri bu portalı herkesin rahatça kullanabilmesini istiyor. Bu beyan Kommunales Integrationszentrum
Dortmund'un bilgi portalı için geçerlidir. Dayanağı Kuzey Ren-Vestfalya Engellilerin Eşitliği Yasası ve eyaletin
erişilebilir bilgi teknolojisi yönetmeliğidir (BITV NRW).</p>
<h2>Portal ne kadar erişilebilir?</h2>
<p>Portal <strong>kısmen erişilebilirdir</strong>. Sayfalar her değişiklikte bir denetim aracıyla Almanca ve Arapça
olarak otomatik test edilir; ayrıca editör ekibi sayfaları kendisi de kontrol etmiştir.</p>
<h2>Henüz erişilebilir olmayanlar</h2>
<ul>
<li>Ana plan sürecinden (2005–2012) eski PDF belgeleri erişilebilir değildir. Bugünkü kurallardan önce
hazırlanmışlardır. Önce en çok açılan belgeleri yeniden düzenliyoruz. O zamana kadar istek üzerine içeriği size
erişilebilir bir biçimde göndeririz.</li>
<li>Her sayfa her dile çevrilmemiştir. Çeviri yoksa sayfayı Almanca gösterir ve bunu belirtiriz.</li>
<li>Başka sağlayıcıların yerleştirilmiş videolarında her dilde altyazı bulunmayabilir. Buna etki edemiyoruz; en önemli
içerik ayrıca sayfada yazılıdır.</li>
<li>Alman İşaret Dili videoları şimdilik yalnızca giriş sayfası için vardır.</li>
</ul>
<h2>Bir engeli bildirin</h2>
<p>Bir engelle mi karşılaştınız ya da bir içeriğe başka bir biçimde mi ihtiyacınız var? Lütfen erişilebilirlik
formumuzu (aşağıdaki bağlantı) kullanın ya da bize yazın:</p>
<p>Kommunales Integrationszentrum Dortmund<br>E-posta: {email("barrierefreiheit@example.org")}<br>Telefon:
{phone("+49 231 000001", "demo numarası")}</p>
<p>Bir ay içinde yanıt veririz.</p>
<h2>Uygulama süreci</h2>
<p>Yanıtımızdan memnun değilseniz Kuzey Ren-Vestfalya eyaletinin erişilebilir bilgi teknolojisi arabuluculuk
birimine başvurabilirsiniz. Birim, Düsseldorf'taki Engelli Kişiler Eyalet Görevlisine bağlıdır; sizinle bizim
aramızda ücretsiz arabuluculuk yapar ve iki tarafla birlikte çözüm arar. İletişim bilgilerini Eyalet Görevlisinin
internet sayfasında bulursunuz.</p>
""",
    },
    ("portal.editorialpage", "leichte-sprache"): {
        "title": "Kolay dil",
        "body": """
<p>Burada bu internet sitesinde ne olduğunu kolay sözcüklerle okuyabilirsiniz.</p>
<h2>Biz kimiz?</h2>
<p>Biz Dortmund'daki Belediye Entegrasyon Merkezi'yiz. Dortmund Şehri için çalışıyoruz. Dortmund'a taşınan insanlara
yardım ediyoruz.</p>
<h2>Burada neler var?</h2>
<ul>
<li>Danışmanlık ve yardım: Size kim yardım eder? Daire nerede?</li>
<li>Okuldaki çocuklar için aile dilinde ders.</li>
<li>İnsanları bir araya getiren derneklere para.</li>
<li>Ana plan: Şehir iyi bir arada yaşam için böyle çalışıyor.</li>
</ul>
<h2>Yolunuzu böyle bulursunuz</h2>
<p>Her sayfanın üstünde bölümler vardır. Orada dili de seçebilirsiniz. Her sayfanın altında künyeyi, veri korumayı ve
erişilebilirlik beyanını bulursunuz.</p>
<h2>Erişilebilirlik</h2>
<p>Sitedeki her şey henüz erişilebilir değil. Örneğin bazı eski belgeler. Bir şeyi okuyamıyorsanız bize yazın. Size
yardım ederiz.</p>
""",
    },
    ("portal.editorialpage", "gebaerdensprache"): {
        "title": "Alman İşaret Dili",
        "body": """
<p>Bu sayfada portalın içeriğini Alman İşaret Dili (DGS) ile tanıtıyoruz.</p>
<h2>Videolar neyi gösteriyor</h2>
<ul>
<li>Biz kimiz: Kommunales Integrationszentrum Dortmund ve Sosyal Yardım Dairesi'nin mültecilere yönelik hizmetleri.</li>
<li>Portalda neler var: danışmanlık, anadil dersi, derneklere destek ve Masterplan Migration/Integration (göç ve
entegrasyon ana planı).</li>
<li>Yolunuzu nasıl bulursunuz: bölümler üstte, dil seçimi üstte, yasal bilgiler her sayfanın altında.</li>
<li>Erişilebilirlik beyanının en önemli noktaları ve bize bir engeli nasıl bildireceğiniz.</li>
</ul>
<p>Videolar şu anda çekiliyor ve hazır olur olmaz burada yayınlanacak.</p>
""",
    },
}
