using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Competitions;
using SciMuseum.Core.Competitions.Judging;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Data.Demo;

/// <summary>
/// The competitions module's demo step: the four 2020 contests of the seed report as entries, students, judges' scores
/// and match results. The prizes are not stored: ranking the scores against each category's quota (the report's
/// counts) gives the innovation contest's 985 awarded works and the robot contest's 344 prizes, and the organisation
/// award rules give 18 + 24 and 10 + 22 winners. The robot contest has 412 teams ("400 多支") of 867 students. The
/// programming contest spends from budget line P05 (1.29 of 2.5 万元 received: 51.6 %); the AI activity has 22
/// schools, four of them national AI feature schools, and 32 online + 16 offline class hours for 3,120 young people.
/// Names, scores and the entries left without a prize are made up; the report gives only the totals.
/// </summary>
public sealed class CompetitionsDemoStep : IDemoStep
{
    private sealed record Category(string Name, EntryKind Kind, int MaxTeam, ScoringMode Scoring, int First, int Second, int Third, int Entries);

    private static readonly Category[] Innovation =
    [
        new("青少年科技创新成果", EntryKind.Individual, 1, ScoringMode.Judges, 31, 45, 81, 190),
        new("科技辅导员科教创新成果", EntryKind.Individual, 1, ScoringMode.Judges, 5, 6, 11, 28),
        new("优秀科技实践活动", EntryKind.Team, 10, ScoringMode.Judges, 4, 3, 6, 16),
        new("科学幻想画", EntryKind.Individual, 1, ScoringMode.Judges, 138, 213, 357, 820),
        new("青少年科学DV", EntryKind.Team, 3, ScoringMode.Judges, 5, 10, 19, 40),
        new("青少年科技创意作品", EntryKind.Individual, 1, ScoringMode.Judges, 11, 16, 24, 60),
    ];

    private static readonly Category[] Robot =
    [
        new("综合技能", EntryKind.Team, 3, ScoringMode.Matches, 2, 1, 1, 6),
        new("智能班车", EntryKind.Team, 3, ScoringMode.Matches, 9, 9, 11, 35),
        new("擂台赛", EntryKind.Team, 3, ScoringMode.Matches, 16, 17, 21, 64),
        new("传球投篮", EntryKind.Team, 3, ScoringMode.Matches, 4, 4, 7, 18),
        new("环卫工人", EntryKind.Team, 3, ScoringMode.Matches, 3, 3, 4, 12),
        new("创意赛A", EntryKind.Team, 3, ScoringMode.Judges, 12, 11, 15, 45),
        new("创意赛B", EntryKind.Team, 3, ScoringMode.Judges, 38, 37, 46, 143),
        new("无人机障碍赛", EntryKind.Team, 3, ScoringMode.Matches, 22, 22, 29, 89),
    ];

    /// <summary>Of the robot contest's 412 teams, 43 have three members and the rest two: 867 students.</summary>
    private const int RobotTeamsOfThree = 43;

    private static readonly string[] Counties =
        ["卧龙区", "宛城区", "南召县", "方城县", "西峡县", "镇平县", "内乡县", "淅川县", "社旗县", "唐河县", "新野县", "桐柏县", "邓州市",
         "高新区", "城乡一体化示范区", "官庄工区", "鸭河工区", "经济技术开发区", "市直", "油田"];

    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    private const string Surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private static readonly string[] Given =
        ["子轩", "欣怡", "浩然", "梓涵", "宇航", "佳怡", "晨曦", "一鸣", "若溪", "俊杰", "晓彤", "思远", "雨涵", "文博", "明轩", "诗琪", "家豪",
         "雅琳", "天佑", "可馨", "博文", "梦瑶", "子墨", "心怡", "泽宇"];
    private static readonly string[] Grades = ["三年级", "四年级", "五年级", "六年级", "初一", "初二", "初三", "高一", "高二"];

    public string Name => "contests";

    public Task<bool> IsLoadedAsync(MuseumDb db, Museum museum, CancellationToken ct) => db.Contests.AnyAsync(c => c.MuseumId == museum.Id, ct);

    public async Task LoadAsync(MuseumDb db, Museum museum, CancellationToken ct)
    {
        var lines = await (from l in db.BudgetLines
                           join b in db.Budgets on l.BudgetId equals b.Id
                           where l.MuseumId == museum.Id && b.Year == 2020
                           select new { l.Code, l.Id }).ToDictionaryAsync(l => l.Code, l => l.Id, ct);
        var build = new Builder(db, museum.Id);
        build.InnovationContest(lines.GetValueOrDefault("P07"));
        build.RobotContest(lines.GetValueOrDefault("P06"));
        build.ProgrammingContest(lines.GetValueOrDefault("P05"));
        build.AiActivity();
    }

    private sealed class Builder(MuseumDb db, Guid museumId)
    {
        private readonly Random random = new(2020);
        private int person;

        private string NextName() { var n = person++; return $"{Surnames[n * 7 % Surnames.Length]}{Given[n * 3 % Given.Length]}"; }
        private string NextPhone() => $"13{person % 10}{3770000 + person * 37 % 100000:0000000}";

        private Contest AddContest(string name, ContestKind kind, int? edition, Guid? line, DateOnly deadline, DateOnly judging, string note)
        {
            var contest = new Contest
            {
                MuseumId = museumId, Year = 2020, Name = name, Kind = kind, Edition = edition, BudgetLineId = line == Guid.Empty ? null : line,
                RegistrationDeadline = deadline, JudgingDate = judging, Note = note,
            };
            db.Contests.Add(contest);
            return contest;
        }

        public void InnovationContest(Guid line)
        {
            var contest = AddContest("第34届南阳市青少年科技创新大赛", ContestKind.Innovation, 34, line, new(2020, 10, 31), new(2020, 11, 20),
                "拟定大赛文件，组织赛前规则培训；征集各县市区作品；组建大赛组委会，评审委员会对作品进行评审。");
            var organisers = Counties.Select(c => Unit(contest, c == "市直" ? "南阳市教育局（市直学校）" : c == "油田" ? "南阳油田教育中心" : $"{c}科协", UnitKind.Organiser, c, null)).ToList();
            var schools = Enumerable.Range(0, 60).Select(i =>
            {
                var o = organisers[i % organisers.Count];
                var name = (i / 20) switch { 0 => $"{o.County}第{Numerals[i % 10]}小学", 1 => $"{o.County}第{Numerals[i % 10]}初级中学", _ => $"{o.County}实验学校" };
                return Unit(contest, name.Replace("市直", "南阳市"), UnitKind.School, o.County, o.Id);
            }).ToList();
            Rule(contest, OrganisationAwardKind.OrganisingUnit, "优秀组织单位", 18);
            Rule(contest, OrganisationAwardKind.OrganisingSchool, "优秀组织学校", 24);
            var number = 0;
            foreach (var (c, order) in Innovation.Select((c, i) => (c, i)))
            {
                var category = AddCategory(contest, c, order);
                var criteria = Criteria(category, c.Name == "科学幻想画" ? ["想象力", "科学性", "艺术表现"] : ["创新性", "科学性", "实用性"]);
                var panel = Panel(contest, category, 5);
                for (var i = 0; i < c.Entries; i++)
                {
                    var school = schools[random.Next(schools.Count)];
                    var entry = AddEntry(contest, category, school, ++number, $"{c.Name}作品 {i + 1:000}");
                    var size = c.Kind == EntryKind.Team ? 2 + random.Next(c.MaxTeam - 1) : 1;
                    var teacherWork = c.Name == "科技辅导员科教创新成果";
                    for (var m = 0; m < size; m++) AddPerson(contest, entry, ParticipantRole.Entrant, teacherWork ? "教师" : Grades[random.Next(Grades.Length)], !teacherWork, m + 1);
                    if (!teacherWork) AddAdvisor(contest, entry, school);
                    ScoreEntry(entry, criteria, panel, 55 + random.Next(40));
                }
            }
        }

        public void RobotContest(Guid line)
        {
            var contest = AddContest("第3届南阳市青少年机器人竞赛", ContestKind.Robot, 3, line, new(2020, 10, 15), new(2020, 11, 7),
                "拟定大赛文件，组织赛前规则培训；组建大赛组委会；中小学代表队参赛，现场逐场录入比赛成绩。");
            var schools = Enumerable.Range(0, 40).Select(i =>
                Unit(contest, $"{Counties[i % 20].Replace("市直", "南阳市")}{(i < 20 ? "第" + Numerals[i % 10] + "小学" : "第" + Numerals[i % 10] + "初级中学")}", UnitKind.School, Counties[i % 20], null)).ToList();
            Rule(contest, OrganisationAwardKind.TopSchool, "十佳机器人学校", 10);
            Rule(contest, OrganisationAwardKind.ExcellentCoach, "优秀辅导教师", 22);
            var coaches = schools.ToDictionary(s => s.Id, _ => new[] { NextName(), NextName() });
            var (number, team) = (0, 0);
            foreach (var (c, order) in Robot.Select((c, i) => (c, i)))
            {
                var category = AddCategory(contest, c, order);
                var criteria = c.Scoring == ScoringMode.Judges ? Criteria(category, ["创意", "技术实现", "现场展示"]) : [];
                var panel = c.Scoring == ScoringMode.Judges ? Panel(contest, category, 5) : [];
                for (var i = 0; i < c.Entries; i++)
                {
                    var school = schools[random.Next(schools.Count)];
                    var entry = AddEntry(contest, category, school, ++number, $"{c.Name}·{school.Name}{i + 1:00}队");
                    var size = team++ * 37 % 412 < RobotTeamsOfThree ? 3 : 2;
                    for (var m = 0; m < size; m++) AddPerson(contest, entry, ParticipantRole.Entrant, Grades[random.Next(Grades.Length)], true, m + 1);
                    db.ContestParticipants.Add(new Participant
                    {
                        MuseumId = museumId, ContestId = contest.Id, EntryId = entry.Id, Role = ParticipantRole.Advisor, Name = coaches[school.Id][random.Next(2)],
                    });
                    var quality = 40 + random.Next(60);
                    if (c.Scoring == ScoringMode.Judges) ScoreEntry(entry, criteria, panel, quality);
                    else
                        for (var round = 1; round <= 3; round++)
                            db.ContestMatchResults.Add(new MatchResult
                            {
                                MuseumId = museumId, EntryId = entry.Id, Round = round, Points = Math.Clamp(quality + random.Next(-15, 16), 0, 100),
                                Seconds = 60 + random.Next(120),
                            });
                }
            }
        }

        public void ProgrammingContest(Guid line) =>
            AddContest("第五届青少年创意编程与智能设计大赛（南阳赛区）", ContestKind.Programming, 5, line, new(2020, 9, 30), new(2020, 10, 24),
                "组织参加第五届青少年创意编程与智能设计大赛；经费支出见预算项目。");

        public void AiActivity()
        {
            var contest = AddContest("2020年度南阳市青少年人工智能科普活动", ContestKind.AiActivity, null, null, new(2020, 7, 15), new(2020, 12, 20),
                "组建活动讲师团；征集人工智能科普活动特色单位；以“科技引领未来”为主题组织青少年科学主题营活动。");
            string[] featured = ["南阳市第十二小学", "南阳市第三十一小学", "南阳市第二十一小学", "南阳市实验学校"];
            foreach (var name in featured)
                Unit(contest, name, UnitKind.School, "市直", null).Distinction = "2020年度全国青少年人工智能活动特色单位";
            for (var i = 0; i < 18; i++)
                Unit(contest, $"{Counties[i].Replace("市直", "南阳市")}第{Numerals[i % 10]}{(i % 2 == 0 ? "小学" : "初级中学")}", UnitKind.School, Counties[i], null);
            for (var i = 0; i < 16; i++)
                AddClass(contest, new DateOnly(2020, 7, 1).AddDays(i * 3), $"线上课：少儿创意编程与智能设计 第{i + 1}课", ClassMode.Online, 150);
            for (var i = 0; i < 8; i++)
                AddClass(contest, new DateOnly(2020, 9, 5).AddDays(i * 7), $"线下课：科学影像——探索科学奥秘 第{i + 1}课", ClassMode.Offline, 90);
        }

        private void AddClass(Contest contest, DateOnly date, string title, ClassMode mode, int people) =>
            db.ContestClasses.Add(new ContestClass { MuseumId = museumId, ContestId = contest.Id, Date = date, Title = title, Mode = mode, Hours = 2, Participants = people });

        private ContestUnit Unit(Contest contest, string name, UnitKind kind, string county, Guid? organiser)
        {
            var unit = new ContestUnit
            {
                MuseumId = museumId, ContestId = contest.Id, Name = name, Kind = kind, County = county, OrganiserId = organiser,
                ContactName = NextName(), ContactPhone = NextPhone(),
            };
            db.ContestUnits.Add(unit);
            return unit;
        }

        private void Rule(Contest contest, OrganisationAwardKind kind, string title, int quota) =>
            db.ContestOrganisationAwardRules.Add(new OrganisationAwardRule { MuseumId = museumId, ContestId = contest.Id, Kind = kind, Title = title, Quota = quota, MinimumPoints = 1 });

        private ContestCategory AddCategory(Contest contest, Category c, int order)
        {
            var category = new ContestCategory
            {
                MuseumId = museumId, ContestId = contest.Id, Name = c.Name, SortOrder = order + 1, EntryKind = c.Kind, MaxTeamSize = c.MaxTeam,
                Scoring = c.Scoring, PrizeMode = PrizeMode.Quota, First = c.First, Second = c.Second, Third = c.Third,
                // 2020's judging is over: the results were signed off on the judging day (certificates and public results need it).
                Phase = ReviewPhase.Discussion, SignedOffAt = contest.JudgingDate!.Value.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc), SignedOffBy = "科技活动部",
            };
            db.ContestCategories.Add(category);
            return category;
        }

        private List<Criterion> Criteria(ContestCategory category, string[] names)
        {
            var criteria = names.Select((n, i) => new Criterion
            {
                MuseumId = museumId, CategoryId = category.Id, Name = n, Weight = i == 0 ? 40 : 30, MaxPoints = 10, SortOrder = i + 1,
            }).ToList();
            db.ContestCriteria.AddRange(criteria);
            return criteria;
        }

        private List<Judge> Panel(Contest contest, ContestCategory category, int size)
        {
            var judges = Enumerable.Range(0, size).Select(i =>
            {
                var phone = NextPhone();
                return new Judge
                {
                    MuseumId = museumId, ContestId = contest.Id, Name = NextName(), Title = i == 0 ? "教授" : "高级教师", Phone = phone,
                    IdentityKey = PersonIdentity.Key(null, phone),
                };
            }).ToList();
            db.ContestJudges.AddRange(judges);
            db.ContestJudgeAssignments.AddRange(judges.Select(j => new JudgeAssignment { MuseumId = museumId, JudgeId = j.Id, CategoryId = category.Id }));
            return judges;
        }

        private Entry AddEntry(Contest contest, ContestCategory category, ContestUnit school, int number, string title)
        {
            var entry = new Entry
            {
                MuseumId = museumId, ContestId = contest.Id, CategoryId = category.Id, UnitId = school.Id, Number = number, Title = title,
                Status = EntryStatus.Submitted,
                SubmittedAt = contest.RegistrationDeadline!.Value.AddDays(-60 + number % 55).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc),
            };
            db.ContestEntries.Add(entry);
            return entry;
        }

        private void AddPerson(Contest contest, Entry entry, ParticipantRole role, string grade, bool minor, int position) =>
            db.ContestParticipants.Add(new Participant
            {
                MuseumId = museumId, ContestId = contest.Id, EntryId = entry.Id, Role = role, Position = position, Name = NextName(), Grade = grade,
                GuardianPhone = minor ? NextPhone() : "",
            });

        private void AddAdvisor(Contest contest, Entry entry, ContestUnit school) =>
            db.ContestParticipants.Add(new Participant
            {
                MuseumId = museumId, ContestId = contest.Id, EntryId = entry.Id, Role = ParticipantRole.Advisor,
                Name = $"{Surnames[random.Next(Surnames.Length)]}{Given[random.Next(Given.Length)][..1]}老师",
            });

        /// <summary>Each judge scores every criterion around the entry's quality (out of 100), on half points.</summary>
        private void ScoreEntry(Entry entry, List<Criterion> criteria, List<Judge> panel, int quality)
        {
            foreach (var judge in panel)
                foreach (var c in criteria)
                    db.ContestScores.Add(new Score
                    {
                        MuseumId = museumId, EntryId = entry.Id, JudgeId = judge.Id, CriterionId = c.Id,
                        Points = Math.Clamp(Math.Round((quality + random.Next(-8, 9)) / 5m, MidpointRounding.AwayFromZero) / 2m, 0, 10),
                    });
        }
    }
}
