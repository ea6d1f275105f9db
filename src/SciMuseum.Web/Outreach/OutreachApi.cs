using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Outreach;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Outreach;

/// <summary>/api/v1/outreach: the science caravan's trips.</summary>
public static class OutreachApi
{
    /// <summary>Who records trips: the maintenance department that runs the caravan, and the leaders.</summary>
    public const string Editors = Roles.SystemAdmin + "," + Roles.MuseumLeader + "," + Roles.ExhibitMaintenance;

    private static readonly AuthorizeAttribute EditorsOnly = new() { Roles = Editors };

    public static void MapOutreachApi(this IEndpointRouteBuilder api)
    {
        var o = api.MapGroup("/outreach").WithTags("Outreach").RequireAuthorization();

        o.MapGet("/trips", ListAsync).WithName("ListCaravanTrips")
            .WithSummary("A year's science caravan trips with the year's trips and beneficiaries; ?format=xlsx|csv");
        o.MapPost("/trips", async Task<Results<Created<CaravanTrip>, Refused>> (SaveCaravanTrip.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await SaveCaravanTrip.HandleAsync(db, null, c, ct), t => $"/api/v1/outreach/trips/{t.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("CreateCaravanTrip").WithSummary("Record a caravan trip");
        o.MapPut("/trips/{id:guid}", async Task<Results<Ok<CaravanTrip>, Refused>> (Guid id, SaveCaravanTrip.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await SaveCaravanTrip.HandleAsync(db, id, c, ct)))
            .RequireAuthorization(EditorsOnly).WithName("UpdateCaravanTrip").WithSummary("Correct a caravan trip");
        o.MapDelete("/trips/{id:guid}", (Guid id, MuseumDb db, CancellationToken ct) => Deletes.OneAsync(db, db.CaravanTrips, id, ct))
            .RequireAuthorization(EditorsOnly).WithName("DeleteCaravanTrip").WithSummary("Remove a caravan trip (kept in history)");
    }

    private static async Task<IResult> ListAsync(int? year, string? format, MuseumDb db, TimeProvider clock, CancellationToken ct)
    {
        var y = year ?? MuseumClock.Today(clock).Year;
        if (!Plausible.IsYear(y)) return Problems.Field("year", Plausible.YearMessage);
        if (format is not null && !Exports.Wanted(format))
            return Problems.Field("format", "格式只能是 xlsx 或 csv。", "The format must be xlsx or csv.");
        var result = await ListCaravanTrips.HandleAsync(db, y, ct);
        return Exports.Wanted(format) ? Exports.File(format, $"caravan-trips-{y}", [.. result.Items.Select(Row)]) : TypedResults.Ok(result);
    }

    /// <summary>One trip as exported, with the page's headers.</summary>
    public static IDictionary<string, object?> Row(CaravanTrip t) => new Dictionary<string, object?>
    {
        [L("日期", "Date")] = t.Date.ToString("yyyy-MM-dd"),
        [L("巡展地点", "Destination")] = t.Destination,
        [L("县区", "County")] = t.County,
        [L("受益人数", "People reached")] = t.Beneficiaries,
        [L("展出展品", "Exhibits shown")] = t.ExhibitsShown,
        [L("备注", "Note")] = t.Note,
    };
}
