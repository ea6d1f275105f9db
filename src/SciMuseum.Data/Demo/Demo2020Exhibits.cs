using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Data.Demo;

/// <summary>
/// The exhibits module's demo step: the three halls' exhibits, the 2020 renewal project's 22 exhibits (4 / 11 / 7 by
/// floor, bought in November 2020 from the central free-opening subsidy P09, accepted at the end of March 2021), the
/// caravan's 27 new exhibits, and a year of repairs: 400+ work orders done in 2020 (fewer during the closure
/// 2020-01-24 – 2020-06-12) with their transitions and reason codes, giving the year an integrity rate above 95 %; the
/// preventive plans and the consumables' stock (<see cref="Demo2020Maintenance"/>). Seeded, so every
/// load gives the same figures; names, suppliers and costs are made up.
/// </summary>
public sealed class ExhibitsDemoStep : IDemoStep
{
    public string Name => "exhibits and work orders";

    public Task<bool> IsLoadedAsync(MuseumDb db, Museum museum, CancellationToken ct) =>
        db.Exhibits.AnyAsync(e => e.MuseumId == museum.Id, ct);

    public async Task LoadAsync(MuseumDb db, Museum museum, CancellationToken ct)
    {
        var halls = await db.Halls.Where(h => h.MuseumId == museum.Id).OrderBy(h => h.Floor).ToListAsync(ct);
        var line = await db.BudgetLines.Where(l => l.MuseumId == museum.Id && l.Code == "P09").Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
        var maintenanceDept = await db.Departments.Where(d => d.MuseumId == museum.Id && d.Kind == DepartmentKind.ExhibitMaintenance).Select(d => d.Id).FirstOrDefaultAsync(ct);
        var technicians = await db.Staff.Where(s => s.MuseumId == museum.Id && s.DepartmentId == maintenanceDept && s.RetirementDate == null && s.EndDate == null)
            .OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(ct);
        if (technicians.Count == 0) technicians = ["维修组"];

        var exhibits = Exhibits(museum.Id, halls);
        var project = new RenewalProject
        {
            MuseumId = museum.Id, Name = "2020年展品更新改造项目", Year = 2020, BudgetLineId = line, ContractDate = new(2020, 11, 20),
            AcceptanceDate = new(2021, 3, 31), Budget = 1_607_800m,
            Note = "更新 22 件展品（一楼 4 件、二楼 11 件、三楼 7 件）：2020 年 11 月完成招标与合同签订，2021 年 3 月底安装到位；科技馆免费开放中央补助资金支付，首期款 80.39 万元。",
        };
        db.RenewalProjects.Add(project);
        foreach (var e in exhibits.Where(e => e.Code.StartsWith("R20"))) e.RenewalProjectId = project.Id;
        db.Exhibits.AddRange(exhibits);

        var repairs = WorkOrders(exhibits.Where(e => e.HallId != null && e.Status == ExhibitStatus.InService)
            .Select(e => (e.Id, e.PurchaseDate)).ToList(), technicians);
        foreach (var plan in repairs)
        {
            plan.Order.MuseumId = museum.Id;
            plan.Order.Downtime = Demo2020Maintenance.ReasonFor(plan.Order.Description);
            db.WorkOrders.Add(plan.Order);
            foreach (var t in plan.Steps)
            {
                t.MuseumId = museum.Id;
                db.WorkOrderTransitions.Add(t);
            }
        }
        // The stored figures the app keeps as orders move: each exhibit's downtime runs and each month's repair time.
        var down = repairs.Where(r => r.Order.Downtime != DowntimeReason.None).ToLookup(r => r.Order.ExhibitId, r => new ExhibitDowntimes.Order(r.Order.ReportedAt, r.Order.DoneAt));
        var runs = exhibits.SelectMany(e => ExhibitDowntimes.Rows(e, down[e.Id])).ToList();
        db.ExhibitDowntimes.AddRange(runs);
        db.HallDownMonths.AddRange(DownMonths.Of(runs));
        db.RepairMonths.AddRange(RepairTotals.Months(repairs.Select(r => r.Order), repairs.SelectMany(r => r.Steps)));

        db.MaintenancePlans.AddRange(Demo2020Maintenance.Plans(museum.Id, halls, exhibits, technicians));
        var stock = Demo2020Maintenance.Consumables(museum.Id, [.. repairs.Select(r => r.Order)]);
        db.Consumables.AddRange(stock.Consumables);
        db.PurchaseRequests.AddRange(stock.Requests);
        db.ConsumableStocks.AddRange(stock.Stocks);
        db.StockMovements.AddRange(stock.Movements);
    }

    private static readonly string[][] Names =
    [
        ["电磁感应", "静电球", "光的折射", "声波可视化", "伯努利原理", "傅科摆", "磁悬浮", "齿轮传动", "杠杆原理", "混沌水车", "光纤通信", "激光琴", "无皮鼓", "涡旋"],
        ["人工智能对弈", "VR 驾驶", "智能家居", "5G 体验", "机器人舞蹈", "无人机操控", "新能源汽车", "风力发电", "太阳能板", "智能交通", "3D 打印", "语音识别", "人脸识别", "地铁模拟"],
        ["人体奥秘", "心脏泵血", "DNA 双螺旋", "情绪识别", "航天舱", "火箭发射", "宇宙起源", "行星运行", "显微世界", "健康体检", "脑电波", "视觉错觉", "空间站对接", "月球漫步"],
    ];

    private static readonly string[] Suppliers = ["河南省科教展品有限公司", "合肥磐石科技展品有限公司", "北京中科展览设计有限公司", "上海科学仪器展示有限公司"];

    /// <summary>150 exhibits on display (50 / 55 / 45), 3 retired, the 22 renewed in 2020 and the caravan's 27.</summary>
    public static List<Exhibit> Exhibits(Guid museumId, IReadOnlyList<Hall> halls)
    {
        var random = new Random(2020);
        var list = new List<Exhibit>();
        Exhibit Add(string code, string name, Hall? hall, ExhibitCategory category, DateOnly bought, decimal cost, ExhibitStatus status = ExhibitStatus.InService)
        {
            var e = new Exhibit
            {
                MuseumId = museumId, Code = code, Name = name, HallId = hall?.Id, Category = category, Supplier = Suppliers[random.Next(Suppliers.Length)],
                PurchaseDate = bought, Cost = cost, WarrantyEnd = bought.AddYears(3), Status = status,
            };
            list.Add(e);
            return e;
        }
        int[] counts = [50, 55, 45];
        for (var f = 0; f < halls.Count && f < 3; f++)
            for (var i = 1; i <= counts[f]; i++)
                Add($"E{f + 1}-{i:D3}", $"{Names[f][i % Names[f].Length]}{(i > Names[f].Length ? $" {(i - 1) / Names[f].Length + 1}" : "")}", halls[f],
                    (ExhibitCategory)(i % 3), new DateOnly(2013 + i % 7, 1 + i % 12, 1 + i % 27), 20_000m + random.Next(0, 120) * 1_000m);
        for (var i = 1; i <= 3 && halls.Count > 0; i++)
            Add($"E1-X{i:D2}", $"旧版展品 {i}", halls[0], ExhibitCategory.Display, new DateOnly(2010, 5, i), 15_000m, ExhibitStatus.Retired);

        int[] renewed = [4, 11, 7];
        for (var f = 0; f < halls.Count && f < 3; f++)
            for (var i = 1; i <= renewed[f]; i++)
                Add($"R20-{f + 1}-{i:D2}", $"{Names[f][(i * 3) % Names[f].Length]}（2020 更新）", halls[f], i % 2 == 0 ? ExhibitCategory.Multimedia : ExhibitCategory.Interactive,
                    new DateOnly(2020, 11, 26), f == 2 && i == renewed[f] ? 74_800m : 73_000m);
        for (var i = 1; i <= 27; i++)
            Add($"CV-{i:D2}", $"大篷车展品：{Names[i % 3][i % 14]}", null, ExhibitCategory.Caravan, new DateOnly(2020, 8, 18), 12_000m + i * 100m);
        return list;
    }

    public sealed record Plan(WorkOrder Order, List<WorkOrderTransition> Steps);

    /// <summary>A year of repairs on the exhibits on display, about 1.6 a day when open and 0.5 while closed; all done.</summary>
    public static List<Plan> WorkOrders(IReadOnlyList<(Guid Id, DateOnly? Since)> exhibits, IReadOnlyList<string> technicians)
    {
        var random = new Random(20200124);
        var plans = new List<Plan>();
        var number = 0;
        string[] faults = ["按钮失灵", "屏幕不亮", "电机异响", "传感器无反应", "灯光闪烁", "触摸屏漂移", "声音无输出", "机械卡滞", "程序死机", "外罩破损"];
        for (var day = new DateOnly(2020, 1, 1); day <= new DateOnly(2020, 12, 31); day = day.AddDays(1))
        {
            var closed = day >= new DateOnly(2020, 1, 24) && day <= new DateOnly(2020, 6, 12);
            var rate = closed ? 0.5 : 1.6;
            var n = (int)rate + (random.NextDouble() < rate - (int)rate ? 1 : 0);
            for (var k = 0; k < n; k++)
            {
                var candidates = exhibits.Where(e => e.Since is null || e.Since < day).ToList();
                var exhibit = candidates[random.Next(candidates.Count)];
                var roll = random.NextDouble();
                var priority = roll < 0.2 ? WorkOrderPriority.Urgent : roll < 0.9 ? WorkOrderPriority.Normal : WorkOrderPriority.Low;
                var reported = Utc(day, 9 + random.Next(0, 7), random.Next(0, 60));
                var who = technicians[random.Next(technicians.Count)];
                var order = new WorkOrder
                {
                    Number = $"WO-2020-{++number:D4}", ExhibitId = exhibit.Id, Source = (WorkOrderSource)random.Next(0, 3), Priority = priority,
                    Description = faults[random.Next(faults.Length)], ReportedBy = "展厅辅导员", ReportedAt = reported, DueAt = reported + WorkOrder.Sla(priority),
                    Assignee = who,
                };
                var steps = new List<WorkOrderTransition>();
                var at = reported;
                void Step(WorkOrderState? from, WorkOrderState to, TimeSpan after, string note = "")
                {
                    at += after;
                    steps.Add(new WorkOrderTransition { WorkOrderId = order.Id, From = from, To = to, At = at, By = to == WorkOrderState.Reported ? "展厅辅导员" : who, Note = note });
                }
                Step(null, WorkOrderState.Reported, TimeSpan.Zero);
                Step(WorkOrderState.Reported, WorkOrderState.Assigned, TimeSpan.FromMinutes(10 + random.Next(50)));
                Step(WorkOrderState.Assigned, WorkOrderState.InProgress, TimeSpan.FromMinutes(20 + random.Next(100)));
                var wait = random.NextDouble();
                if (priority == WorkOrderPriority.Urgent)
                    Step(WorkOrderState.InProgress, WorkOrderState.Done, TimeSpan.FromHours(1 + random.Next(2)), "现场修复");
                else if (wait < 0.15)
                {
                    Step(WorkOrderState.InProgress, WorkOrderState.WaitingForParts, TimeSpan.FromHours(2), "配件已下单");
                    Step(WorkOrderState.WaitingForParts, WorkOrderState.InProgress, TimeSpan.FromDays(8 + random.Next(15)), "配件到货");
                    Step(WorkOrderState.InProgress, WorkOrderState.Done, TimeSpan.FromHours(3 + random.Next(20)));
                }
                else if (wait < 0.22)
                {
                    Step(WorkOrderState.InProgress, WorkOrderState.WaitingForProcurement, TimeSpan.FromHours(3), "需走政府采购流程");
                    Step(WorkOrderState.WaitingForProcurement, WorkOrderState.InProgress, TimeSpan.FromDays(22 + random.Next(25)), "采购完成");
                    Step(WorkOrderState.InProgress, WorkOrderState.Done, TimeSpan.FromHours(4 + random.Next(24)));
                }
                else
                    Step(WorkOrderState.InProgress, WorkOrderState.Done, TimeSpan.FromHours(4 + random.Next(priority == WorkOrderPriority.Low ? 120 : 90)));
                order.DoneAt = at;
                if (random.NextDouble() < 0.9) Step(WorkOrderState.Done, WorkOrderState.Verified, TimeSpan.FromHours(20), "复查正常");
                order.State = steps[^1].To;
                order.Cost = random.NextDouble() < 0.4 ? 50m * random.Next(1, 40) : null;
                plans.Add(new Plan(order, steps));
            }
        }
        return plans;
    }

    private static DateTime Utc(DateOnly day, int hour, int minute) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute)), MuseumClock.Zone);
}
