using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Exhibits;

/// <summary>The exhibits' figures for indicators and the report: on display, renewed (by floor), integrity rate, jobs done, repair time.</summary>
public sealed class ExhibitsMetricProvider(MuseumDb db, TimeProvider clock) : IMetricProvider
{
    private const string Module = "exhibits";

    public IReadOnlyList<MetricDefinition> Definitions { get; } =
    [
        new("exhibits.onDisplay", "在展展品数", "Exhibits on display", MetricUnits.Pieces, Module),
        new("exhibits.renewed", "展品更新数量", "Exhibits renewed", MetricUnits.Pieces, Module, "floor", SpansYears: true),
        new("exhibits.integrityRate", "展品完好率", "Exhibit integrity rate", MetricUnits.Percent, Module),
        new("exhibits.maintenanceJobs", "展品维护维修", "Maintenance jobs done", MetricUnits.PieceTimes, Module, SpansYears: true),
        new("exhibits.meanTimeToRepairHours", "平均修复时间", "Mean time to repair", MetricUnits.Hours, Module),
        new("exhibits.stockOuts", "耗材缺货天数", "Consumable stock-out days", MetricUnits.Days, Module),
        new("exhibits.repairWaitingShare", "修复时间中等待占比", "Share of repair time spent waiting", MetricUnits.Percent, Module),
    ];

    public async Task<MetricValue?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        var span = $"{period.From:yyyy-MM-dd}–{period.To:yyyy-MM-dd}";
        switch (key)
        {
            case "exhibits.onDisplay":
                var shown = await ExhibitFigures.OnDisplayAsync(db, period.To, ct);
                return shown == 0 ? null : new(shown, "/staff/exhibits", $"{period.To:yyyy-MM-dd}：展厅在展展品 {shown:N0} 件");
            case "exhibits.renewed":
                var byFloor = await ExhibitFigures.RenewedByFloorAsync(db, period, ct);
                int? floor = int.TryParse(argument, out var f) ? f : null;
                var renewed = floor is { } fl ? byFloor.GetValueOrDefault(fl) : byFloor.Values.Sum();
                var split = string.Join("，", byFloor.OrderBy(x => x.Key).Select(x => $"{x.Key} 楼 {x.Value:N0} 件"));
                return new(renewed, $"/staff/exhibits/renewals?year={period.From.Year}", $"{span}：更新改造项目新增展品 {byFloor.Values.Sum():N0} 件（{split}）");
            case "exhibits.integrityRate":
                var rate = await ExhibitFigures.IntegrityAsync(db, period, MuseumClock.Today(clock), ct);
                return rate.Overall is not { } r ? null : new(r, $"/staff/exhibits/work-orders?year={period.From.Year}",
                    $"{span}：{rate.Days:N0} 天逐日在展 {rate.OnDisplayExhibitDays:N0} 件·天，工单停用 {rate.DownExhibitDays:N0} 件·天，日完好率平均 {r}%");
            case "exhibits.maintenanceJobs":
                var jobs = await ExhibitFigures.MaintenanceJobsAsync(db, period, ct);
                return new(jobs, $"/staff/exhibits/work-orders?year={period.From.Year}", $"{span}：完成维修工单 {jobs:N0} 件次");
            case "exhibits.meanTimeToRepairHours":
                var t = await ExhibitFigures.RepairTimeAsync(db, period, ct);
                return t.MeanHours is not { } h ? null : new(h, $"/staff/exhibits/work-orders?year={period.From.Year}",
                    $"{span}：{t.Jobs:N0} 张工单平均修复 {h} 小时（维修 {t.WorkingHours}，等配件 {t.WaitingForPartsHours}，等采购 {t.WaitingForProcurementHours}）");
            case "exhibits.repairWaitingShare":
                var w = await ExhibitFigures.RepairTimeAsync(db, period, ct);
                return w.WaitingSharePercent is not { } share ? null : new(share, $"/staff/exhibits/work-orders?year={period.From.Year}",
                    $"{span}：平均修复 {w.MeanHours} 小时，其中等配件 {w.WaitingForPartsHours}、等采购 {w.WaitingForProcurementHours} 小时，占 {share}%");
            case "exhibits.stockOuts":
                var outs = await StockOuts.HandleAsync(db, period, MuseumClock.Today(clock), ct);
                return new(outs.ItemDays, "/staff/exhibits/consumables",
                    $"{span}：{outs.Items:N0} 种耗材库存为零共 {outs.ItemDays:N0} 种·天（某日日终各库位合计为零记 1 天）");
            default:
                return null;
        }
    }
}
