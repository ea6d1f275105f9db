using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Exhibits;

/// <summary>A year's exhibit figures as the report quotes them; the caravan's trips and audience come from the outreach module's metrics.</summary>
public static class ExhibitStatistics
{
    public sealed record Result(int Year, int OnDisplay, int Renewed, IReadOnlyDictionary<string, int> RenewedByFloor, int MaintenanceJobs,
        decimal? IntegrityRate, IReadOnlyDictionary<string, decimal?> IntegrityRateByHall, decimal? MeanTimeToRepairHours, decimal? WorkingHours,
        decimal? WaitingForPartsHours, decimal? WaitingForProcurementHours, int CaravanExhibits, int CaravanTrips, int CaravanAudience, decimal? RepairWaitingShare);

    public static async Task<Result> HandleAsync(MuseumDb db, MetricRegistry metrics, TimeProvider clock, int year, CancellationToken ct)
    {
        var period = MetricPeriod.Year(year);
        var byFloor = await ExhibitFigures.RenewedByFloorAsync(db, period, ct);
        var integrity = await ExhibitFigures.IntegrityAsync(db, period, MuseumClock.Today(clock), ct);
        var halls = db.Halls.ToDictionary(h => h.Id, h => h.Name);
        var repair = await ExhibitFigures.RepairTimeAsync(db, period, ct);
        var trips = await metrics.TryComputeAsync("outreach.caravanTrips", null, period, ct);
        var audience = await metrics.TryComputeAsync("outreach.caravanBeneficiaries", null, period, ct);
        return new Result(year, await ExhibitFigures.OnDisplayAsync(db, period.To, ct), byFloor.Values.Sum(),
            byFloor.OrderBy(x => x.Key).ToDictionary(x => x.Key.ToString(), x => x.Value), await ExhibitFigures.MaintenanceJobsAsync(db, period, ct),
            integrity.Overall, integrity.ByHall.ToDictionary(h => halls.GetValueOrDefault(h.Key, h.Key.ToString()), h => h.Value),
            repair.MeanHours, repair.WorkingHours, repair.WaitingForPartsHours, repair.WaitingForProcurementHours,
            await ExhibitFigures.CaravanExhibitsAsync(db, period, ct), (int)(trips?.Value ?? 0), (int)(audience?.Value ?? 0), repair.WaitingSharePercent);
    }
}
