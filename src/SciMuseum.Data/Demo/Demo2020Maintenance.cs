using SciMuseum.Core.Common;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Organization;

namespace SciMuseum.Data.Demo;

/// <summary>
/// The 2020 demo's preventive plans and consumables, as rows: plans per exhibit, per hall and category and for the
/// caravan; six consumables received in January and issued on the year's repairs, some falling to their minimum and
/// reordered (a purchase request, then a receipt against it), one still waiting at the year's end. Seeded apart from
/// the work orders, so the 2020 repair figures do not move.
/// </summary>
public static class Demo2020Maintenance
{
    private static readonly DateOnly YearEnd = new(2020, 12, 31);
    private const string YearEndShortage = "HC-04";

    public static List<MaintenancePlan> Plans(Guid museumId, IReadOnlyList<Hall> halls, IReadOnlyList<Exhibit> exhibits, IReadOnlyList<string> technicians)
    {
        MaintenancePlan Plan(string name, PlanFrequency f, DateOnly start, string[] items, Guid? exhibit = null, Guid? hall = null, ExhibitCategory? category = null) => new()
        {
            MuseumId = museumId, Name = name, Frequency = f, StartDate = start, NextDue = Schedule.NextAfter(start, f, YearEnd), ExhibitId = exhibit, HallId = hall,
            Category = category, Checklist = string.Join('\n', items), Assignee = technicians[0], Note = "2020 年起执行",
        };
        var plans = new List<MaintenancePlan>();
        if (exhibits.FirstOrDefault(e => e.Code == "E3-005") is { } capsule)
            plans.Add(Plan("航天舱开馆前点检", PlanFrequency.Daily, new(2020, 6, 13), ["舱门开合顺畅", "座椅安全带完好", "屏幕与音响正常"], exhibit: capsule.Id));
        if (halls.Count > 1)
            plans.Add(Plan("二楼多媒体展品每周检查", PlanFrequency.Weekly, new(2020, 6, 15), ["开机自检无报错", "触摸响应正常", "除尘与散热口清洁", "线缆无松动"],
                hall: halls[1].Id, category: ExhibitCategory.Multimedia));
        plans.Add(Plan("大篷车展品出车前检查", PlanFrequency.Monthly, new(2020, 8, 20), ["外箱与固定件完好", "电源与插头安全", "演示功能正常"],
            category: ExhibitCategory.Caravan));
        return plans;
    }

    private sealed record Item(string Code, string Name, string Unit, int Minimum, string Location, int First, int MaxIssue, double PerDay, int Reorder);

    private static readonly Item[] Items =
    [
        new("HC-01", "LED 灯珠", "个", 50, "维修间", 300, 12, 0.30, 300),
        new("HC-02", "自复位按钮开关", "个", 20, "维修间", 80, 3, 0.25, 60),
        new("HC-03", "触摸屏保护膜", "张", 10, "维修间", 40, 2, 0.12, 30),
        new("HC-04", "电机碳刷", "对", 10, "三楼库房", 30, 2, 0.10, 20),
        new("HC-05", "热熔胶棒", "根", 100, "科普工作室", 600, 40, 0.35, 500),
        new("HC-06", "尼龙扎带", "包", 5, "维修间", 20, 2, 0.08, 20),
    ];

    public sealed record Stock(List<Consumable> Consumables, List<ConsumableStock> Stocks, List<StockMovement> Movements, List<PurchaseRequest> Requests);

    /// <summary>Receipts and issues over 2020 (issues on the day's repairs while open), never below zero; at the minimum a request and, 12 days later, its receipt.</summary>
    public static Stock Consumables(Guid museumId, IReadOnlyList<WorkOrder> orders)
    {
        var random = new Random(2021);
        var result = new Stock([], [], [], []);
        var byDay = orders.GroupBy(o => Periods.LocalDate(o.ReportedAt)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var it in Items)
        {
            var item = new Consumable { MuseumId = museumId, Code = it.Code, Name = it.Name, Unit = it.Unit, MinimumStock = it.Minimum };
            result.Consumables.Add(item);
            var stock = 0;
            PurchaseRequest? open = null;
            DateOnly? arrives = null;
            void Move(StockMovementKind kind, DateOnly day, int n, Guid? order = null, PurchaseRequest? request = null, string note = "")
            {
                stock += kind == StockMovementKind.Receipt ? n : -n;
                result.Movements.Add(new StockMovement
                {
                    MuseumId = museumId, ConsumableId = item.Id, Location = it.Location, Kind = kind, Quantity = n, At = At(day, kind == StockMovementKind.Receipt ? 10 : 15),
                    By = "维修组", WorkOrderId = order, PurchaseRequestId = request?.Id, RemainingAfter = stock, Note = note,
                });
            }
            Move(StockMovementKind.Receipt, new(2020, 1, 6), it.First, note: "年初入库");
            for (var day = new DateOnly(2020, 1, 7); day <= YearEnd; day = day.AddDays(1))
            {
                if (open is not null && arrives == day)
                {
                    Move(StockMovementKind.Receipt, day, open.Quantity, request: open, note: "申购到货");
                    // Approved the next day, ordered two days later (the demo's purchases are not in the 2020 ledger: no expenditure link).
                    open.State = PurchaseRequestState.Received;
                    open.ApprovedAt = open.RequestedAt.AddDays(1);
                    open.ApprovedBy = "馆领导";
                    open.OrderedAt = open.RequestedAt.AddDays(3);
                    open.ReceivedAt = At(day, 10);
                    open = null;
                }
                var closed = day >= new DateOnly(2020, 1, 24) && day <= new DateOnly(2020, 6, 12);
                var issues = random.NextDouble() < (closed ? it.PerDay / 4 : it.PerDay);
                var n = 1 + random.Next(it.MaxIssue);
                // The year ends with the carbon brushes below their minimum, reordered and not yet arrived: the digest's reorder alert.
                if (it.Code == YearEndShortage && day == new DateOnly(2020, 12, 28) && stock > it.Minimum) (issues, n) = (true, stock - it.Minimum + 2);
                if (!issues) continue;
                if (n > stock) continue;
                var order = byDay.GetValueOrDefault(day) is { Count: > 0 } list && it.Location != "科普工作室" ? list[random.Next(list.Count)].Id : (Guid?)null;
                Move(StockMovementKind.Issue, day, n, order, note: order is null ? (it.Location == "科普工作室" ? "科普工作室课程领用" : "日常维护领用") : "维修领用");
                if (stock <= it.Minimum && open is null)
                {
                    open = new PurchaseRequest
                    {
                        MuseumId = museumId, Number = $"PR-2020-{result.Requests.Count + 1:D3}", ConsumableId = item.Id, Quantity = it.Reorder,
                        Reason = $"库存降至 {stock} {it.Unit}（最低 {it.Minimum}）", State = PurchaseRequestState.Requested, RequestedAt = At(day, 16), RequestedBy = "维修组",
                        AlertMovementId = result.Movements[^1].Id, // the issue that left the stock at or below the minimum
                    };
                    result.Requests.Add(open);
                    arrives = day.AddDays(12);
                }
            }
            result.Stocks.Add(new ConsumableStock { MuseumId = museumId, ConsumableId = item.Id, Location = it.Location, Quantity = stock });
        }
        return result;
    }

    private static DateTime At(DateOnly day, int hour) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, 0)), MuseumClock.Zone);

    /// <summary>The reason code of a demo repair, from what was wrong.</summary>
    public static DowntimeReason ReasonFor(string fault) => fault switch
    {
        "按钮失灵" or "电机异响" or "机械卡滞" => DowntimeReason.Mechanical,
        "屏幕不亮" or "传感器无反应" or "灯光闪烁" or "声音无输出" => DowntimeReason.Electrical,
        "触摸屏漂移" or "程序死机" => DowntimeReason.Software,
        "外罩破损" => DowntimeReason.Damage,
        _ => DowntimeReason.Wear,
    };
}
