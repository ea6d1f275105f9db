using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Programs;

namespace SciMuseum.Data.Demo;

/// <summary>
/// The programs module's demo step: the two centers' 37 planned activities of 2020 as the seed report lists them, each
/// with its sessions and the families' sign-ups, check-ins and ratings. From these records the plan gives 36 held
/// (the counseling center's four-district training was cancelled) and 34 up to standard: the winter talent show's
/// singing event finished only in June when its prizes were handed out, and the science-workers' day drew 36 of the
/// 100 it aimed at. Counts per session and the names are made up; the report gives totals ("百余名", "200余人次").
/// </summary>
public sealed class ProgramsDemoStep : IDemoStep
{
    private sealed record Plan(DepartmentKind Dept, string Title, ActivityType Type, string Audience, DateOnly Planned, DateOnly? End, int Target,
        (DateOnly Date, string Name, int People)[] Sessions, string? School = null, string? Cancelled = null, string? Note = null);

    private static DateOnly D(int month, int day) => new(2020, month, day);

    private const string Youth = "中小学生";
    private const string Parents = "家长";

    private static IEnumerable<Plan> Plans()
    {
        var talents = new (string Name, DateOnly Date)[]
        {
            ("创意搭建", D(1, 11)), ("绘画", D(1, 12)), ("创客机器人", D(1, 15)), ("网络安全", D(1, 16)),
            ("电子插画", D(1, 18)), ("剪纸", D(1, 19)), ("手工制作", D(1, 20)),
        };
        foreach (var (name, date) in talents)
            yield return new(DepartmentKind.YouthActivityCenter, $"寒假青少年才艺展示·{name}", ActivityType.TalentShow, Youth, date, null, 12, [(date, "", 14)]);
        yield return new(DepartmentKind.YouthActivityCenter, "寒假青少年才艺展示·唱歌", ActivityType.TalentShow, Youth, D(1, 21), null, 12,
            [(D(1, 21), "初赛", 8), (D(6, 20), "决赛及颁奖", 6)],
            Note: "迎新春寒假系列活动由于疫情原因部分活动中断，评奖及奖品发放事宜拖延时间较长，活动举办和收尾的时间跨度较大，活动质量不高。");
        yield return new(DepartmentKind.YouthActivityCenter, "全国科技工作者日：科技工作者子女免费开放", ActivityType.ScienceDay, "科技工作者、医务工作者及其子女", D(5, 29), D(5, 30), 100,
            [(D(5, 29), "5月29日", 20), (D(5, 30), "5月30日", 16)],
            Note: "“科技工作者日”活动由于疫情及宣传力度不大等原因，导致参与活动人数不多，活动效果未达到预期。");
        foreach (var (name, date) in new[] { ("陶艺", D(7, 13)), ("烙画", D(7, 14)), ("创意搭建", D(7, 15)), ("科学小实验", D(7, 16)), ("机器人编程", D(7, 17)) })
            yield return new(DepartmentKind.YouthActivityCenter, $"暑假公益兴趣班·{name}", ActivityType.Class, Youth, date, D(8, 7), 30, [(date, "开班", 30)]);
        foreach (var (name, date) in new[] { ("棋艺", D(8, 8)), ("插画", D(8, 15)), ("书法", D(8, 22)) })
            yield return new(DepartmentKind.YouthActivityCenter, $"暑期{name}比赛", ActivityType.Competition, Youth, date, null, 18, [(date, "", 20)]);
        yield return new(DepartmentKind.YouthActivityCenter, "“扣好人生第一粒扣子——七彩假期，快乐暑假”启动仪式暨平安假期直播课堂", ActivityType.OnlineCourse, Youth, D(7, 23), null, 50,
            [(D(7, 23), "现场", 60)]);
        yield return new(DepartmentKind.YouthActivityCenter, "学校团体预约活动室体验", ActivityType.Visit, "学校团体", D(7, 6), D(7, 10), 200,
            [(D(7, 7), "南阳市第二十八小学", 110), (D(7, 9), "南阳市第二完全学校", 100)], School: "班级");
        yield return new(DepartmentKind.YouthActivityCenter, "南阳广播电视台小记者团公益课程体验", ActivityType.Class, "小记者团", D(9, 6), null, 25, [(D(9, 6), "", 30)]);

        yield return new(DepartmentKind.CounselingCenter, "家长心理课堂（线上远程心理辅导）", ActivityType.OnlineCourse, Parents, D(2, 15), D(4, 30), 60,
            [(D(2, 15), "第一讲", 20), (D(3, 7), "第二讲", 20), (D(3, 28), "第三讲", 20), (D(4, 18), "第四讲", 20)]);
        yield return new(DepartmentKind.CounselingCenter, "华山社区“开学第一课”", ActivityType.Lecture, Youth, D(5, 24), null, 30, [(D(5, 24), "", 32)]);
        yield return new(DepartmentKind.CounselingCenter, "“全国科技工作日”心理健康宣传", ActivityType.ScienceDay, Youth, D(5, 30), null, 30, [(D(5, 30), "", 40)]);
        yield return new(DepartmentKind.CounselingCenter, "“迎战中高考”公益讲座", ActivityType.Lecture, "学生和家长", D(6, 6), null, 30, [(D(6, 6), "", 33)]);
        yield return new(DepartmentKind.CounselingCenter, "“我健康吗”公益心理讲座（邓州）", ActivityType.Lecture, "学校师生", D(6, 23), null, 200,
            [(D(6, 23), "邓州张井小学", 110), (D(6, 23), "邓州杨庄小学", 95)], School: "班级");
        yield return new(DepartmentKind.CounselingCenter, "全国科普日“好习惯成就人生”", ActivityType.ScienceDay, Youth, D(9, 19), null, 40, [(D(9, 19), "", 42)]);
        yield return new(DepartmentKind.CounselingCenter, "“你能行”家长学堂成长活动（七期）", ActivityType.Class, Parents, D(7, 4), D(8, 29), 300,
            [.. Enumerable.Range(0, 7).Select(i => (D(7, 4).AddDays(i * 9), $"第{i + 1}期", 45))]);
        yield return new(DepartmentKind.CounselingCenter, "“做成长型父母，陪孩子一起优秀”公益系列心理讲座（十二期）", ActivityType.Lecture, Parents, D(7, 12), D(8, 23), 230,
            [.. Enumerable.Range(0, 12).Select(i => (D(7, 12).AddDays(i * 3), $"第{i + 1}期", 20))]);
        var topics = new[] { "认识孩子的情绪", "亲子沟通", "习惯养成", "学习动力", "青春期心理", "手机与网络", "家庭规则", "感恩与分享" };
        for (var i = 0; i < topics.Length; i++)
        {
            var date = D(9, 12).AddDays(i * 7);
            yield return new(DepartmentKind.CounselingCenter, $"“相亲相爱一家人”2020秋期家长学堂·专题{i + 1}：{topics[i]}", ActivityType.Class, Parents, date, null, 18, [(date, "", 20)]);
        }
        yield return new(DepartmentKind.CounselingCenter, "南阳市四区心理健康培训", ActivityType.Training, "四区中小学心理教师", D(10, 20), D(10, 23), 200, [],
            Cancelled: "未开展：一是考虑到疫情防控要求，不适宜举办大规模聚集性活动；二是2020年度经费缩减，费用紧张。综合考虑后决定2020年四区心理培训延期择机举办。");
    }

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"];
    private static readonly string[] Given = ["子涵", "欣怡", "梓萱", "浩然", "宇轩", "一诺", "雨桐", "思远", "俊熙", "可馨", "明哲", "诗琪", "博文", "佳怡", "天佑", "若曦"];

    public string Name => "activity plan and sign-ups";

    public Task<bool> IsLoadedAsync(MuseumDb db, Museum museum, CancellationToken ct) =>
        db.Activities.AnyAsync(a => a.MuseumId == museum.Id, ct);

    public async Task LoadAsync(MuseumDb db, Museum museum, CancellationToken ct)
    {
        var departments = await DemoSteps.DepartmentsAsync(db, museum.Id, ct);
        var youthLine = await db.BudgetLines.Where(l => l.MuseumId == museum.Id && l.Budget!.Year == 2020 && l.Code == "P02").Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
        var random = new Random(2020);
        var family = 0;
        foreach (var p in Plans())
        {
            var held = p.Cancelled is null;
            var activity = new Activity
            {
                MuseumId = museum.Id, Year = 2020, DepartmentId = departments[p.Dept].Id, Title = p.Title, Type = p.Type, Audience = p.Audience,
                PlannedDate = p.Planned, PlannedEnd = p.End, TargetParticipants = p.Target, OnTimeGraceDays = 7, MinFeedbackScore = 4m,
                BudgetLineId = p.Dept == DepartmentKind.YouthActivityCenter ? youthLine : null, Deliverables = "活动方案、签到表、照片、总结",
                State = held ? ActivityState.Closed : ActivityState.Cancelled, CancelReason = p.Cancelled ?? "",
            };
            if (held)
            {
                activity.UpToStandard = p.Note is null;
                activity.ReviewNote = p.Note ?? "参与人数、举办时间和反馈评分均达到标准，资料齐全。";
                activity.ReviewedBy = p.Dept == DepartmentKind.YouthActivityCenter ? "青少年课外活动中心 评定人" : "心理健康辅导中心 评定人";
                activity.ReviewedAt = DateTime.SpecifyKind(new DateTime(2020, 12, 28, 2, 0, 0), DateTimeKind.Utc);
            }
            db.Activities.Add(activity);
            foreach (var (date, name, people) in p.Sessions)
            {
                var session = new ActivitySession
                {
                    MuseumId = museum.Id, ActivityId = activity.Id, Name = name, Date = date, Start = new(9, 0), End = new(11, 0),
                    StartsAt = ActivitySession.InstantOf(date, new(9, 0)), Place = p.Type == ActivityType.OnlineCourse && name != "现场" ? "线上" : "活动室",
                    Capacity = people, Taken = people, PublicSignUp = p.School is null,
                };
                db.ActivitySessions.Add(session);
                var signedUpAt = ActivitySession.InstantOf(date.AddDays(-7), new(10, 0));
                var checkedIn = session.StartsAt.AddMinutes(-10);
                // Schools sign a class up in bulk (guardians' consent given to the teacher); families one or two children.
                var parties = p.School is not null ? [people] : Parties(people, random);
                foreach (var size in parties)
                {
                    family++;
                    var phone = $"139{family:D8}";
                    var signUp = new SignUp
                    {
                        MuseumId = museum.Id, SessionId = session.Id, Code = $"D20{family:D7}", Channel = p.School is null ? SignUpChannel.Online : SignUpChannel.School,
                        GuardianName = p.School is null ? Surnames[random.Next(Surnames.Length)] + "家长" : "带队教师", GuardianPhone = phone,
                        School = p.School is null ? "" : name, GuardianConsent = p.School is not null, Places = size, Status = SignUpStatus.Confirmed,
                        QueuedAt = signedUpAt.AddMinutes(family % 600), CheckedInAt = checkedIn, CheckedInBy = "demo",
                        Rating = p.Note is not null && p.Sessions.Length > 1 && random.Next(3) == 0 ? 4 : random.Next(5) == 0 ? 4 : 5,
                        EnteredBy = p.School is null ? "family" : "staff",
                    };
                    for (var i = 0; i < size; i++)
                    {
                        var child = Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];
                        signUp.Children.Add(new SignUpChild
                        {
                            MuseumId = museum.Id, SessionId = session.Id, Name = child, Age = 6 + random.Next(10),
                            ChildKey = SignUpChild.KeyOf($"{child}{i}", phone),
                        });
                    }
                    db.SignUps.Add(signUp);
                }
            }
        }
    }

    /// <summary>Families of one child, every fifth of two, adding up to <paramref name="people"/>.</summary>
    private static List<int> Parties(int people, Random random)
    {
        var parties = new List<int>();
        for (var left = people; left > 0;)
        {
            var size = left >= 2 && random.Next(5) == 0 ? 2 : 1;
            parties.Add(size);
            left -= size;
        }
        return parties;
    }
}
