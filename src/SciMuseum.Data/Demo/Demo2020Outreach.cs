using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Outreach;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Data.Demo;

/// <summary>
/// The outreach module's demo step: the science caravan's four 2020 trips of the seed report (three schools and the
/// 桐柏 regional tour's launch), showing its 27 renewed exhibits to 2,000+ people in all. Dates and per-trip counts
/// are made up; the report gives only the places and the total.
/// </summary>
public sealed class OutreachDemoStep : IDemoStep
{
    private static readonly (DateOnly Date, string Destination, string County, int People)[] Trips2020 =
    [
        (new(2020, 9, 24), "西峡县丹水镇第三中心小学", "西峡县", 520),
        (new(2020, 10, 15), "西峡县丹水镇第六中心小学", "西峡县", 480),
        (new(2020, 11, 12), "红泥湾镇潘庄小学", "宛城区", 430),
        (new(2020, 12, 3), "桐柏区域常态化巡展启动仪式", "桐柏县", 650),
    ];

    public string Name => "caravan trips";

    public Task<bool> IsLoadedAsync(MuseumDb db, Museum museum, CancellationToken ct) =>
        db.CaravanTrips.AnyAsync(t => t.MuseumId == museum.Id, ct);

    public Task LoadAsync(MuseumDb db, Museum museum, CancellationToken ct)
    {
        foreach (var (date, destination, county, people) in Trips2020)
            db.CaravanTrips.Add(new CaravanTrip
            {
                MuseumId = museum.Id, Date = date, Destination = destination, County = county, Beneficiaries = people, ExhibitsShown = 27,
                Note = "科普大篷车进校园：27 件更新后的车载展品",
            });
        return Task.CompletedTask;
    }
}
