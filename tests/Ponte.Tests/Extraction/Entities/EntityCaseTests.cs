using Ponte.Core.Model;
using static Ponte.Tests.Extraction.Entities.EntityTestKit;

namespace Ponte.Tests.Extraction.Entities;

/// <summary>
/// The entity cases under <c>cases/&lt;lang&gt;/entities-*.txt</c>: what a reader finds in each (P person, O organisation,
/// L location, I initiative; "!" for a name that must not come out as that type). The whole-pipeline output of the same
/// files is pinned by the golden tests.
/// </summary>
public sealed class EntityCaseTests
{
    public static TheoryData<string, string, string[]> Cases() => new()
    {
        { "en", "entities-appositions", ["P Vivian Balakrishnan", "P Antonio Tajani", "P Maria Grazia Ferri", "P Nguyen Thi Lan Anh", "O Institute for International Political Studies", "O ISPI", "L Singapore", "L Rome", "L Italy"] },
        { "en", "entities-acronyms", ["O Malaysia External Trade Development Corporation", "O MATRADE", "O Federation of Malaysian Manufacturers", "O Italian Trade Agency", "O Bernama", "P Mohd Mustafa Abdul Aziz", "L Kuala Lumpur", "L Milan"] },
        { "en", "entities-initiatives", ["I ASEAN Comprehensive Recovery Framework", "I ASEAN-Italy Cultural Heritage Fund", "I Blue Economy Network", "I ASEAN-Italy Business Forum", "I Regional Comprehensive Economic Partnership", "I RCEP", "I maritime search and rescue training", "O ASEAN Secretariat", "L Jakarta"] },
        { "en", "entities-byline-dateline", ["P Linh Pham", "P Marco Bianchi", "P Phan Thi Thang", "P Carlo Ferro", "O Italian Trade Agency", "O VNA", "L Hanoi", "L Ho Chi Minh City", "!P Thang Carlo"] },
        { "en", "entities-coreference", ["P Srettha Thavisin", "P Sergio Mattarella", "L Rome", "L Thailand", "!P Thai"] },
        { "en", "entities-southeast-asian-names", ["P Zafrul Tengku Abdul Aziz", "P Siti Nurhaliza binti Ahmad", "P Prabowo Subianto", "P Sugiono", "P Cristina Roque", "P Do Hung Viet", "P Nguyen Thi Bich Hue", "O Department of Trade and Industry", "L Malaysia", "!P Indonesian"] },
        { "vi", "entities-dai-su-quan", ["O Đại sứ quán Việt Nam tại Italy", "O Phòng Thương mại Italy tại Việt Nam", "O ICHAM", "P Trần Văn Khoa", "P Marco Rossi", "L Thành phố Hồ Chí Minh", "L Rome"] },
        { "vi", "entities-bo-ngoai-giao", ["O Bộ Ngoại giao", "P Đỗ Hùng Việt", "P Edmondo Cirielli", "I Đối tác Chiến lược Việt Nam - Italy", "I Diễn đàn Khu vực ASEAN", "O Liên hợp quốc", "O TTXVN", "L Hà Nội", "!O Bộ Ngoại giao Đỗ Hùng Việt"] },
        { "vi", "entities-chuong-trinh", ["O Bộ Khoa học và Công nghệ", "I Chương trình hợp tác nghiên cứu Việt Nam - Italy", "I Mạng lưới phòng thí nghiệm chung", "I Quỹ học bổng Leonardo", "P Nguyễn Văn Bình", "O Viện Khoa học Vật liệu", "!O PGS", "!O TS", "!L Viện"] },
        { "vi", "entities-thu-tuong", ["P Phạm Minh Chính", "P Giorgia Meloni", "O Tập đoàn Điện lực Việt Nam", "O EVN", "O Tập đoàn Enel", "L Hà Nội", "L châu Âu"] },
        { "vi", "entities-asean-italy", ["O Ủy ban ASEAN tại Rome", "O ACR", "P Junimart Girsang", "O Liên minh châu Âu", "O Bộ Ngoại giao và Hợp tác Quốc tế Italy", "L Indonesia"] },
        { "vi", "entities-khong-dau", ["O Vinamilk", "O Tap doan Ferrero", "P Nguyen Van Minh", "L Milano", "!P Vinamilk"] },
        { "it", "entities-ambasciatore", ["P Nguyen Thi Bich Hue", "P Maria Tripodi", "I Partenariato Strategico tra Italia e Vietnam", "L Roma", "L Vietnam"] },
        { "it", "entities-associazione", ["O Associazione Italia-ASEAN", "O Istituto per gli Studi di Politica Internazionale", "O ISPI", "I Forum economico Italia-ASEAN", "P Lim Jock Hoi", "O Camera di Commercio Italiana in Vietnam", "L Milano"] },
        { "it", "entities-ministero", ["O Ministero degli Affari Esteri e della Cooperazione Internazionale", "O Agenzia italiana per la cooperazione allo sviluppo", "O AICS", "L Indonesia", "L Filippine"] },
        { "it", "entities-premio", ["I Premio Italia-ASEAN", "I Rete delle università euro-asiatiche", "I Fondo per le startup innovative", "P Adolfo Urso", "P Stefano Rossi", "L Bangkok", "!O Imprese Adolfo Urso"] },
        { "it", "entities-agenzie", ["P Sergio Mattarella", "P Luong Cuong", "P Pham Minh Chinh", "P Giorgia Meloni", "O ANSA", "L Hanoi", "!L Repubblica"] },
        { "it", "entities-aziende", ["O Leonardo", "O Viettel", "O Fincantieri SpA", "P Roberto Cingolani", "L Torino"] },
        { "ms", "entities-menteri", ["P Mohamad Hasan", "P Antonio Tajani", "O Bernama", "L Kuala Lumpur", "L Itali"] },
        { "ms", "entities-persatuan", ["O Persatuan Perniagaan Malaysia-Itali", "O MIBA", "O Perbadanan Pembangunan Perdagangan Luar Malaysia", "O MATRADE", "P Lim Wee Chai", "L Milan"] },
        { "ms", "entities-sekretariat", ["P Lim Jock Hoi", "O Sekretariat ASEAN", "I Pelan Tindakan ASEAN-Itali", "I Rangkaian Bandar Pintar ASEAN"] },
        { "ms", "entities-duta", ["P Mohd Zamruni Khalid", "P Sergio Mattarella", "L Rom", "L Malaysia"] },
        { "ms", "entities-syarikat", ["O Petronas", "P Muhammad Taufik Tengku Aziz", "P Rafizi Ramli", "L Kuala Lumpur"] },
        { "ms", "entities-anugerah", ["P Nur Aisyah Mohd Salleh", "I Anugerah Kecemerlangan ASEAN-Itali", "O Kedutaan Besar Malaysia di Rom", "O Universiti Sapienza", "O Bernama", "L Thailand"] },
        { "id", "entities-menlu", ["P Sugiono", "P Antonio Tajani", "I Kemitraan Strategis Indonesia-Italia", "O Antara", "L Roma", "L Jakarta"] },
        { "id", "entities-kbri", ["O Kedutaan Besar Republik Indonesia", "O KBRI", "P Junimart Girsang", "L Milan", "!O RI"] },
        { "id", "entities-presiden", ["P Prabowo Subianto", "P Giorgia Meloni", "P Edmondo Cirielli", "L Jakarta"] },
        { "id", "entities-kadin", ["O Kamar Dagang dan Industri Indonesia", "O Kadin", "P Anindya Bakrie", "!P Kadin Anindya Bakrie"] },
        { "id", "entities-sekjen", ["P Lim Jock Hoi", "O Sekretariat ASEAN", "I Dialog Tingkat Tinggi ASEAN-Italia", "L Roma"] },
        { "id", "entities-perusahaan", ["O PT Pertamina", "P Simon Aloysius Mantiri", "L Kalimantan Timur", "!P Pertamina Simon Aloysius Mantiri"] },
        { "tl", "entities-pangulo", ["P Ferdinand Marcos Jr", "P Giorgia Meloni", "L Roma", "L Italya"] },
        { "tl", "entities-kalihim", ["P Theresa Lazaro", "O Kagawaran ng Ugnayang Panlabas", "O DFA", "L Pilipinas"] },
        { "tl", "entities-embahada", ["O Embahada ng Pilipinas sa Roma", "P Neal Imperial", "P Roberto Bianchi"] },
        { "tl", "entities-programa", ["O Departamento ng Kalakalan at Industriya", "P Cristina Roque", "I Programang Pangnegosyo ng ASEAN at Italya"] },
        { "th", "entities-nayok", ["P จอร์เจีย เมโลนี", "L อิตาลี", "L กรุงเทพฯ"] },
        { "th", "entities-thut", ["P สมชาย ใจดี", "O สถานเอกอัครราชทูตไทยณกรุงโรม", "L อิตาลี"] },
        { "th", "entities-samakom", ["O กระทรวงการต่างประเทศ", "P สุรเกียรติ์ เสถียรไทย", "L กรุงโรม"] },
        { "th", "entities-asean", ["O อาเซียน", "L อิตาลี"] },
        { "tl", "entities-unibersidad", ["O Unibersidad ng Pilipinas", "P Angela Reyes", "P Miguel Dela Cruz", "O Bangko Sentral ng Pilipinas", "L Lungsod Quezon"] },
        { "th", "entities-mahawitthayalai", ["O มหาวิทยาลัยโบโลญญา", "P สมศักดิ์ ศรีสุข", "L กรุงเทพฯ"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gives_what_a_reader_finds(string language, string name, string[] expectations)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "tests", "Ponte.Tests", "cases", language, name + ".txt");
        var entities = Extract(File.ReadAllText(path), language);
        var problems = new List<string>();
        foreach (var expectation in expectations)
        {
            var negative = expectation.StartsWith('!');
            var code = expectation[negative ? 1 : 0];
            var type = code switch
            {
                'P' => EntityType.Person,
                'O' => EntityType.Organization,
                'L' => EntityType.Location,
                _ => EntityType.Initiative,
            };
            var entityName = expectation[(negative ? 3 : 2)..];
            var found = Find(entities, type, entityName) is not null;
            if (found == negative)
            {
                problems.Add((negative ? "unexpected " : "missing ") + expectation);
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\nfound:\n" + string.Join("\n", entities.Select(Describe)));
    }

    [Fact]
    public void Every_entity_case_file_has_expectations()
    {
        var listed = Cases().Select(row => $"{row[0]}/{row[1]}").ToHashSet();
        var root = Path.Combine(TestPaths.RepositoryRoot, "tests", "Ponte.Tests", "cases");
        var files = Directory.EnumerateFiles(root, "entities-*.txt", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetFileName(Path.GetDirectoryName(f))}/{Path.GetFileNameWithoutExtension(f)}");
        Assert.All(files, f => Assert.Contains(f, listed));
    }
}
