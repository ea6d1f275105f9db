using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;

namespace SciMuseum.Data.Demo;

/// <summary>
/// Two small synthetic museums in the demo museum's province, so that <c>?museum=</c> and the province viewer have
/// something real to choose between: departments of their own names, a 2020 budget with a few lines, receipts and
/// expenditures, and a year of visits as individual tickets and admissions (a few thousand each, kept small because
/// the demo is loaded by many tests). Names and figures are made up.
/// </summary>
public static class Demo2020Neighbours
{
    public sealed record Plan(
        string Code, string Name, string City, int Visitors, int Cap, DayOfWeek[] OpenDays, (DateOnly From, DateOnly To, string Reason)? Closure,
        (DepartmentKind Kind, string Name)[] Departments,
        (string Code, string Name, LineKind Kind, DepartmentKind Dept, string Class, decimal ApprovedWan, decimal SpentWan, string Payee)[] Lines);

    public static readonly Plan[] Plans =
    [
        new("wandong", "宛东县科技馆", "宛东县", 4_260, 120,
            [DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday],
            (new(2020, 1, 25), new(2020, 5, 31), "疫情防控闭馆"),
            [(DepartmentKind.Office, "综合办公室"), (DepartmentKind.ExhibitionEducation, "展教活动部"), (DepartmentKind.PlanningFinance, "财务室")],
            [("J01", "基本支出-人员经费", LineKind.Basic, DepartmentKind.Office, "301 工资福利支出", 62.40m, 60.12m, "在编人员工资（代发）"),
             ("J02", "基本支出-公用经费", LineKind.Basic, DepartmentKind.Office, "302 商品和服务支出", 8.60m, 7.95m, "宛东县供电公司"),
             ("X01", "流动科技馆巡展", LineKind.Project, DepartmentKind.ExhibitionEducation, "302 商品和服务支出", 15.00m, 11.30m, "巡展布展及运输")]),
        new("funiu", "伏牛山科普馆", "伏牛山区", 2_870, 80,
            [DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday],
            (new(2020, 2, 1), new(2020, 6, 30), "疫情防控闭馆"),
            [(DepartmentKind.Office, "行政部"), (DepartmentKind.ExhibitionEducation, "科普展览部"), (DepartmentKind.ExhibitMaintenance, "设备保障部"),
             (DepartmentKind.PlanningFinance, "财务组")],
            [("A1", "人员经费", LineKind.Basic, DepartmentKind.Office, "301 工资福利支出", 41.80m, 41.80m, "在编人员工资（代发）"),
             ("A2", "日常公用经费", LineKind.Basic, DepartmentKind.Office, "302 商品和服务支出", 5.20m, 4.66m, "伏牛山区物业服务部"),
             ("B1", "生态科普展品更新", LineKind.Project, DepartmentKind.ExhibitMaintenance, "310 资本性支出", 22.00m, 9.85m, "河南省科教展品有限公司"),
             ("B2", "山区学校科普进校园", LineKind.Project, DepartmentKind.ExhibitionEducation, "302 商品和服务支出", 6.00m, 5.40m, "进校园活动耗材")]),
    ];

    /// <summary>Adds each neighbour that is not there yet (by code), each in its own save.</summary>
    public static async Task EnsureAsync(MuseumDb db, Museum demo, CancellationToken ct)
    {
        foreach (var plan in Plans)
        {
            if (await db.Museums.AnyAsync(m => m.Code == plan.Code, ct)) continue;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            Build(db, demo, plan);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    public static Museum Build(MuseumDb db, Museum demo, Plan p)
    {
        var museum = new Museum
        {
            Code = p.Code, Name = p.Name, Province = demo.Province, City = p.City, Level = "股级事业单位",
            Supervisor = p.City + "科学技术协会", Address = $"{demo.Province}{p.City}科普路 8 号",
            OpeningHours = ManageMuseums.OpeningText(new(null, [.. p.OpenDays], p.Cap, [new CalendarAdmin.SlotInput(new(9, 0), new(16, 30), p.Cap)])),
            Introduction = $"{p.Name}是{p.City}科学技术协会下属的公益性科普场馆（演示数据，名称与数字均为虚构）。",
        };
        db.Museums.Add(museum);
        var departments = new Dictionary<DepartmentKind, Department>();
        var order = 0;
        foreach (var (kind, name) in p.Departments)
            db.Departments.Add(departments[kind] = new Department { MuseumId = museum.Id, Kind = kind, Name = name, SortOrder = ++order });
        AddBudget(db, museum.Id, p, departments);
        AddVisits(db, museum.Id, p);
        return museum;
    }

    private static void AddBudget(MuseumDb db, Guid museumId, Plan p, Dictionary<DepartmentKind, Department> departments)
    {
        var budget = new Budget { MuseumId = museumId, Year = 2020, Title = "2020年部门预算", ApprovalDocument = $"{p.City}财政局2020年部门预算批复", ApprovedOn = new(2020, 1, 15) };
        db.Budgets.Add(budget);
        var order = 0;
        var voucher = 0;
        foreach (var l in p.Lines)
        {
            var line = new BudgetLine
            {
                MuseumId = museumId, BudgetId = budget.Id, Code = l.Code, Name = l.Name, Kind = l.Kind, Source = FundingSource.LocalFiscal,
                EconomicClass = l.Class, DepartmentId = departments[l.Dept].Id, Approved = l.ApprovedWan * 10_000m, SortOrder = ++order,
            };
            db.BudgetLines.Add(line);
            // Funds arrive in two halves; spending follows in four payments after each arrival.
            var received = l.ApprovedWan * 10_000m;
            db.Receipts.Add(new Receipt { MuseumId = museumId, LineId = line.Id, Date = new(2020, 3, 10), Amount = received / 2, DocumentNumber = $"{p.City}财拨〔2020〕{order:00}1号" });
            db.Receipts.Add(new Receipt { MuseumId = museumId, LineId = line.Id, Date = new(2020, 8, 10), Amount = received - received / 2, DocumentNumber = $"{p.City}财拨〔2020〕{order:00}2号" });
            var spent = l.SpentWan * 10_000m;
            var part = Math.Floor(spent / 4 * 100m) / 100m;
            DateOnly[] days = [new(2020, 4, 20), new(2020, 6, 20), new(2020, 9, 20), new(2020, 11, 20)];
            for (var i = 0; i < days.Length; i++)
                db.Expenditures.Add(new Expenditure
                {
                    MuseumId = museumId, LineId = line.Id, Date = days[i], Amount = i < 3 ? part : spent - part * 3, Payee = l.Payee,
                    Category = l.Class.StartsWith("301") ? ExpenditureCategory.Personnel : ExpenditureCategory.General,
                    VoucherNumber = $"2020-{days[i].Month:00}-{++voucher:000}",
                });
        }
    }

    /// <summary>One slot a day, the year's visitors spread over the open days (weekends busier), every one a ticket admitted at the gate.</summary>
    private static void AddVisits(MuseumDb db, Guid museumId, Plan p)
    {
        db.Add(new VisitorSettings { MuseumId = museumId, RetentionDays = 3650, Rules = VisitorSettings.RulesFor(ManageMuseums.OpeningText(new(null, [.. p.OpenDays], p.Cap, [new CalendarAdmin.SlotInput(new(9, 0), new(16, 30), p.Cap)]))) });
        var rule = new OpeningRule
        {
            MuseumId = museumId, EffectiveFrom = new(2020, 1, 1), OpenWeekdays = OpeningRule.Weekdays(p.OpenDays), DailyCap = p.Cap,
            Slots = [new OpeningRuleSlot { Start = new(9, 0), End = new(16, 30), Capacity = p.Cap }],
        };
        db.Add(rule);
        var exceptions = new List<CalendarException>();
        if (p.Closure is { } c) exceptions.Add(new CalendarException { MuseumId = museumId, From = c.From, To = c.To, Reason = c.Reason });
        db.AddRange(exceptions);

        var days = new OpeningCalendar([rule], exceptions).Days(new(2020, 1, 1), new(2020, 12, 31)).Where(d => d.IsOpen).Select(d => d.Date).ToList();
        var weights = days.Select(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 2.0 : 1.0).ToList();
        var counts = weights.Select(w => Math.Min(p.Cap, (int)(p.Visitors * w / weights.Sum()))).ToList();
        for (var j = 0; counts.Sum() < p.Visitors; j = (j + 1) % counts.Count)
            if (counts[j] < p.Cap) counts[j]++;

        var random = new Random(p.Code.Length * 1000 + p.Visitors);
        var visitor = 0;
        foreach (var (day, count) in days.Zip(counts))
        {
            var slot = new TimeSlot { MuseumId = museumId, Date = day, Start = new(9, 0), End = new(16, 30), Capacity = p.Cap, Booked = count };
            db.Add(slot);
            for (var left = count; left > 0;)
            {
                var size = Math.Min(left, 1 + random.Next(4));
                var channel = random.Next(10) == 0 ? VisitChannel.WalkIn : VisitChannel.Individual;
                var r = new Reservation
                {
                    MuseumId = museumId, Code = BookVisit.NewCode(), Date = day, TimeSlotId = slot.Id, Channel = channel,
                    Phone = "138" + random.Next(10_000_000, 99_999_999),
                };
                for (var i = 0; i < size; i++)
                    r.Tickets.Add(new Ticket
                    {
                        MuseumId = museumId, ReservationId = r.Id, Seat = i + 1, TimeSlotId = slot.Id, Date = day, Channel = channel,
                        Name = $"观众{++visitor}", IdType = IdType.ResidentId, Status = TicketStatus.Admitted, AdmittedBy = "gate",
                        AdmittedAt = DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(1, 0)).AddMinutes(random.Next(0, 420)), DateTimeKind.Utc),
                    });
                db.Add(r);
                left -= size;
            }
        }
    }
}
