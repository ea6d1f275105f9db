using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Counseling;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Data.Demo;

/// <summary>
/// The counseling center's 2020, record by record, giving the report's sentence: 100+ hotline calls, 70+ parent
/// visits, 30+ individual consultations (sessions of twelve synthetic cases, sealed like real ones), 500+ visitors to the
/// individual room, online sessions during the closure, and 35 lectures with 1,000+ participants — the ones the report
/// names by date and place, the 「你能行」 and summer series, the eight-topic autumn parent class, and three more in the
/// 团体室. Two demo counselor accounts (no password: an administrator sets one to try them) carry the cases.
/// Per-record numbers and every case detail are made up; the generator is seeded, so each load gives the same figures.
/// </summary>
public sealed class CounselingDemoStep(CaseCipher cipher) : IDemoStep
{
    public string Name => "counseling center";

    public Task<bool> IsLoadedAsync(MuseumDb db, Museum museum, CancellationToken ct) =>
        db.Lectures.AnyAsync(l => l.MuseumId == museum.Id, ct);

    public async Task LoadAsync(MuseumDb db, Museum museum, CancellationToken ct)
    {
        var id = museum.Id;
        var random = new Random(2020);
        AddLogs(db, id, random);
        AddLectures(db, id);
        var counselors = await CounselorsAsync(db, id, ct);
        AddCases(db, id, counselors, random);
    }

    private static readonly string[] CallTopics = ["学业压力", "亲子沟通", "情绪困扰", "网络沉迷", "同伴关系", "考试焦虑", "疫情居家焦虑", "青春期困惑", "睡眠问题", "厌学"];

    private static void AddLogs(MuseumDb db, Guid id, Random random)
    {
        DateOnly Day(DateOnly from, DateOnly to) => from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));
        var year = (new DateOnly(2020, 1, 2), new DateOnly(2020, 12, 30));
        var reopened = (new DateOnly(2020, 6, 13), new DateOnly(2020, 12, 30));
        var closure = (new DateOnly(2020, 2, 3), new DateOnly(2020, 6, 12));
        for (var i = 0; i < 106; i++)
            db.HotlineCalls.Add(new HotlineCall
            {
                MuseumId = id, Date = Day(year.Item1, year.Item2), DurationMinutes = 10 + random.Next(41), Topic = CallTopics[random.Next(CallTopics.Length)],
                Referral = (i % 9) switch { 0 => "来馆面询", 4 => "网上远程辅导", 7 when i % 2 == 1 => "医院心理科", _ => "" },
            });
        for (var i = 0; i < 74; i++)
            db.CenterVisits.Add(new CenterVisit { MuseumId = id, Kind = CenterVisitKind.ParentVisit, Date = Day(reopened.Item1, reopened.Item2), People = 1, Topic = CallTopics[random.Next(CallTopics.Length)] });
        // 个体室参观体验: families and small groups, 512 people in 64 visits.
        for (var i = 0; i < 64; i++)
            db.CenterVisits.Add(new CenterVisit { MuseumId = id, Kind = CenterVisitKind.RoomVisit, Date = Day(reopened.Item1, reopened.Item2), People = 8, Topic = "个体室参观体验" });
        for (var i = 0; i < 26; i++)
            db.CenterVisits.Add(new CenterVisit { MuseumId = id, Kind = CenterVisitKind.OnlineSession, Date = Day(closure.Item1, closure.Item2), People = 1, Topic = "疫情期间网上远程心理辅导" });
    }

    private const string Room = "未成年人心理健康辅导中心团体室";

    private static void AddLectures(MuseumDb db, Guid id)
    {
        void Add(DateOnly date, string topic, string speaker, string place, LecturePlace kind, int people, LectureSeries? series = null, int? session = null) =>
            db.Lectures.Add(new Lecture
            {
                MuseumId = id, Date = date, Topic = topic, Speaker = speaker, Place = place, PlaceKind = kind, Participants = people,
                SeriesId = series?.Id, Session = session, Photos = $"中心台账 2020 · {date:MM-dd}",
            });
        const string wang = "王静", li = "李明", zhang = "张慧";
        Add(new(2020, 1, 11), "寒假亲子沟通小课堂", wang, Room, LecturePlace.Center, 24);
        Add(new(2020, 5, 24), "开学第一课", wang, "华山社区", LecturePlace.Community, 32);
        Add(new(2020, 6, 6), "“迎战中高考”公益讲座", li, Room, LecturePlace.Center, 34);
        Add(new(2020, 6, 23), "我健康吗——公益心理讲座", wang, "邓州市张井小学", LecturePlace.School, 108);
        Add(new(2020, 6, 23), "我健康吗——公益心理讲座", li, "邓州市杨庄小学", LecturePlace.School, 97);
        Add(new(2020, 8, 27), "认识职业压力，做情绪的主人", "特邀专家", Room, LecturePlace.Center, 22);
        Add(new(2020, 9, 19), "全国科普日：好习惯成就人生", zhang, "南阳市科技馆", LecturePlace.Center, 43);
        Add(new(2020, 10, 31), "青春期心理健康", zhang, Room, LecturePlace.Center, 28);

        var canDo = Series(db, id, "「你能行」家长学堂成长活动", "家长");
        DateOnly[] canDoDates = [new(2020, 7, 4), new(2020, 7, 11), new(2020, 7, 18), new(2020, 8, 1), new(2020, 8, 8), new(2020, 8, 22), new(2020, 8, 29)];
        int[] canDoPeople = [42, 45, 44, 43, 41, 46, 44];
        for (var i = 0; i < 7; i++) Add(canDoDates[i], $"「你能行」家长学堂 第{i + 1}期", wang, Room, LecturePlace.Center, canDoPeople[i], canDo, i + 1);

        var summer = Series(db, id, "做成长型父母，陪孩子一起优秀", "家长");
        DateOnly[] summerDates = [new(2020, 7, 12), new(2020, 7, 15), new(2020, 7, 19), new(2020, 7, 22), new(2020, 7, 26), new(2020, 7, 29),
            new(2020, 8, 2), new(2020, 8, 5), new(2020, 8, 9), new(2020, 8, 16), new(2020, 8, 19), new(2020, 8, 23)];
        int[] summerPeople = [19, 20, 18, 21, 19, 20, 19, 18, 20, 19, 21, 20];
        for (var i = 0; i < 12; i++) Add(summerDates[i], $"做成长型父母，陪孩子一起优秀 第{i + 1}讲", i % 2 == 0 ? li : zhang, Room, LecturePlace.Center, summerPeople[i], summer, i + 1);

        var autumn = Series(db, id, "“相亲相爱一家人”2020秋期家长学堂成长活动", "家长");
        (DateOnly Date, string Topic, int People)[] autumnTopics =
        [
            (new(2020, 9, 26), "读懂孩子的情绪", 19), (new(2020, 10, 10), "有效的亲子沟通", 20), (new(2020, 10, 24), "陪伴孩子度过青春期", 18),
            (new(2020, 11, 7), "学习习惯与学习动力", 19), (new(2020, 11, 21), "手机与网络使用", 20), (new(2020, 12, 5), "家庭规则与边界", 19),
            (new(2020, 12, 12), "兄弟姐妹相处之道", 18), (new(2020, 12, 19), "考前心理调适", 20),
        ];
        for (var i = 0; i < autumnTopics.Length; i++)
            Add(autumnTopics[i].Date, autumnTopics[i].Topic, i % 2 == 0 ? wang : zhang, Room, LecturePlace.Center, autumnTopics[i].People, autumn, i + 1);
    }

    private static LectureSeries Series(MuseumDb db, Guid id, string title, string audience)
    {
        var s = new LectureSeries { MuseumId = id, Title = title, Audience = audience };
        db.LectureSeries.Add(s);
        return s;
    }

    /// <summary>The two demo counselors' accounts, made if missing; they cannot sign in until given a password.</summary>
    private static async Task<List<string>> CounselorsAsync(MuseumDb db, Guid museumId, CancellationToken ct)
    {
        var role = await db.Roles.Where(r => r.Name == Roles.Counselor).Select(r => r.Id).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException("Roles are made before the demo data.");
        var ids = new List<string>();
        foreach (var (email, name) in new[] { ("counselor1@scimuseum.local", "王静"), ("counselor2@scimuseum.local", "李明") })
        {
            var normalized = email.ToUpperInvariant();
            var existing = await db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).FirstOrDefaultAsync(ct);
            if (existing is not null)
            {
                ids.Add(existing);
                continue;
            }
            var user = new AppUser
            {
                UserName = email, NormalizedUserName = normalized, Email = email, NormalizedEmail = normalized, EmailConfirmed = true,
                DisplayName = name, MuseumId = museumId, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role });
            ids.Add(user.Id);
        }
        return ids;
    }

    private static readonly (string Alias, int Age, string School, string Problem, int Sessions, RiskLevel Risk, bool Closed, string? Referral)[] Cases =
    [
        ("小安", 15, "南阳市第十三中学", "中考前持续失眠、注意力难以集中，自述压力很大。", 4, RiskLevel.Medium, true, null),
        ("小博", 12, "南阳市第二十一小学", "居家网课期间沉迷手机游戏，与父母冲突频繁。", 3, RiskLevel.Low, true, null),
        ("小晨", 16, "南阳市第一中学", "与同学关系紧张，情绪低落两个月。", 4, RiskLevel.Medium, true, null),
        ("小丁", 10, "宛城区实验小学", "父母离异后不愿上学，夜间哭闹。", 3, RiskLevel.Low, true, null),
        ("小恩", 14, "卧龙区第四中学", "自述有伤害自己的念头，情绪波动大。", 3, RiskLevel.High, true, "南阳市第二人民医院心理科"),
        ("小凡", 13, "南阳市第八中学", "考试焦虑，考前心慌手抖。", 2, RiskLevel.Low, true, null),
        ("小歌", 17, "南阳市第五中学", "高考压力大，与父母沟通困难。", 3, RiskLevel.Medium, true, null),
        ("小禾", 9, "油田第一小学", "注意力不集中，课堂上难以安坐。", 2, RiskLevel.Low, true, "南阳市中心医院儿童保健科"),
        ("小佳", 15, "南阳市第三中学", "疫情居家后作息紊乱，厌学。", 3, RiskLevel.Low, true, null),
        ("小可", 11, "宛城区第六小学", "被同学孤立，不愿说话。", 2, RiskLevel.Medium, false, null),
        ("小林", 16, "南阳市第十中学", "青春期情绪困扰，与家人争吵。", 2, RiskLevel.Low, false, null),
        ("小默", 14, "卧龙区第二中学", "长期睡眠不好，成绩下滑。", 2, RiskLevel.Low, false, null),
    ];

    private void AddCases(MuseumDb db, Guid id, List<string> counselors, Random random)
    {
        string[] relations = ["母亲", "父亲", "母亲", "祖母"];
        var opened = new DateOnly(2020, 2, 10);
        for (var i = 0; i < Cases.Length; i++)
        {
            var (alias, age, school, problem, sessions, risk, closed, referral) = Cases[i];
            var counselor = counselors[i % counselors.Count];
            var k = new CounselingCase
            {
                MuseumId = id, Number = $"GA2020-{i + 1:000}", CounselorId = counselor, Risk = risk, OpenedOn = opened, Minor = age < 18,
                Status = closed ? CaseStatus.Closed : CaseStatus.Open,
            };
            string S(string v, string field) => cipher.Seal(v, CaseSeal.Case(k.Id, field));
            k.MinorNameSealed = S(alias, CaseSeal.MinorName);
            k.AgeSealed = S(age.ToString(), CaseSeal.Age);
            k.SchoolSealed = S(school, CaseSeal.School);
            k.GuardianNameSealed = S($"{alias}的{relations[i % relations.Length]}", CaseSeal.GuardianName);
            k.GuardianRelationSealed = S(relations[i % relations.Length], CaseSeal.GuardianRelation);
            k.GuardianPhoneSealed = S($"139{random.Next(10_000_000, 99_999_999)}", CaseSeal.GuardianPhone);
            k.PresentingProblemSealed = S(problem, CaseSeal.PresentingProblem);
            var date = opened;
            for (var s = 1; s <= sessions; s++)
            {
                // During the closure the sessions were online.
                var mode = date < new DateOnly(2020, 6, 13) ? SessionMode.Online : SessionMode.InPerson;
                var entry = new CaseEntry { MuseumId = id, CaseId = k.Id, Date = date, Kind = CaseEntryKind.Session, Mode = mode, DurationMinutes = 50, WrittenBy = counselor };
                entry.TextSealed = cipher.Seal($"第{s}次咨询：{(s == 1 ? "建立关系，了解情况，评估风险。" : s == sessions ? "回顾变化，巩固应对方法。" : "练习情绪调节与沟通方法，布置家庭作业。")}", CaseSeal.Entry(entry.Id));
                db.CaseEntries.Add(entry);
                date = date.AddDays(7 + random.Next(7));
            }
            if (referral is not null)
            {
                k.ReferredOn = date;
                k.ReferralSealed = S(referral, CaseSeal.Referral);
            }
            if (closed)
            {
                k.ClosedOn = date;
                k.ClosingSummarySealed = S("咨询目标基本达成，监护人知情同意结案；如有反复可随时预约。", CaseSeal.ClosingSummary);
            }
            db.CounselingCases.Add(k);
            opened = opened.AddDays(24 + random.Next(6));
        }
    }
}
