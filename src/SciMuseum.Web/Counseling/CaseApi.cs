using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Common;
using SciMuseum.Core.Counseling;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Counseling;

/// <summary>
/// /api/v1/counseling/cases: the confidential case records, for their assigned counselor only. Everyone else is
/// refused (403, audited); every read is audited. There is no export and no list across counselors.
/// </summary>
public static class CaseApi
{
    public static void MapCaseApi(this RouteGroupBuilder counseling)
    {
        var cases = counseling.MapGroup("/cases").RequireAuthorization(CaseAccessPolicy.Name);

        cases.MapGet("/", async (bool? openOnly, MuseumDb db, CaseCipher cipher, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await ReadCases.MineAsync(db, cipher, clock, openOnly ?? false, ct)))
            .WithName("ListMyCounselingCases").WithSummary("The calling counselor's own cases (number, status, risk, the child's alias, sessions); audited");
        cases.MapPost("/", async Task<Results<Created<CaseView>, Refused, ProblemHttpResult>> (OpenCase.Command c, MuseumDb db, CaseCipher cipher, TimeProvider clock, CancellationToken ct) =>
            {
                var r = await OpenCase.HandleAsync(db, cipher, clock, c, ct);
                return r.Value is { } v ? TypedResults.Created($"/api/v1/counseling/cases/{v.Id}", v) : Refuse<Created<CaseView>>(r.Refusal!);
            })
            .WithName("OpenCounselingCase").WithSummary("接案: open a case (a minor needs a guardian on record); the caller becomes its counselor; high risk alerts the center's head");
        cases.MapGet("/{id:guid}", async (Guid id, MuseumDb db, CaseCipher cipher, TimeProvider clock, CancellationToken ct) =>
                Answer(await ReadCases.OneAsync(db, cipher, clock, id, ct)))
            .WithName("GetCounselingCase").WithSummary("One case with its sessions, notes and hand-overs, for its counselor; audited");
        cases.MapPost("/{id:guid}/entries", async (Guid id, CaseWork.EntryCommand c, MuseumDb db, CaseCipher cipher, TimeProvider clock, CancellationToken ct) =>
                Answer(await CaseWork.AddEntryAsync(db, cipher, clock, id, c, ct)))
            .WithName("AddCounselingCaseEntry").WithSummary("Record a session or write a note (kind Session|Note); refused on a closed case");
        cases.MapPut("/{id:guid}/risk", async (Guid id, CaseWork.RiskCommand c, MuseumDb db, CaseCipher cipher, TimeProvider clock, CancellationToken ct) =>
                Answer(await CaseWork.SetRiskAsync(db, cipher, clock, id, c, ct)))
            .WithName("SetCounselingCaseRisk").WithSummary("Reassess the risk (Low|Medium|High); High alerts the center's head at once");
        cases.MapPost("/{id:guid}/referral", async (Guid id, CaseWork.ReferCommand c, MuseumDb db, CaseCipher cipher, TimeProvider clock, CancellationToken ct) =>
                Answer(await CaseWork.ReferAsync(db, cipher, clock, id, c, ct)))
            .WithName("ReferCounselingCase").WithSummary("转介: refer the child out (to whom, when)");
        cases.MapPost("/{id:guid}/close", async (Guid id, CaseWork.CloseCommand c, MuseumDb db, CaseCipher cipher, TimeProvider clock, CancellationToken ct) =>
                Answer(await CaseWork.CloseAsync(db, cipher, clock, id, c, ct)))
            .WithName("CloseCounselingCase").WithSummary("结案 with a closing summary; nothing more can be written afterwards");
        cases.MapPost("/{id:guid}/handover", async Task<Results<Ok<HandOverAnswer>, Refused, ProblemHttpResult>> (Guid id, CaseWork.HandOverCommand c, MuseumDb db, CaseCipher cipher, TimeProvider clock, CancellationToken ct) =>
            {
                var r = await CaseWork.HandOverAsync(db, cipher, clock, id, c, ct);
                return r.Value is { } h ? TypedResults.Ok(new HandOverAnswer(h.CaseId, h.ToCounselorId, h.At)) : Refuse<Ok<HandOverAnswer>>(r.Refusal!);
            })
            .WithName("HandOverCounselingCase").WithSummary("交接: hand the case to another counselor of the museum, with the reason; the caller loses access");
    }

    public sealed record HandOverAnswer(Guid CaseId, string ToCounselorId, DateTime At);

    private static Results<Ok<CaseView>, Refused, ProblemHttpResult> Answer(Result<CaseView> r) =>
        r.Value is { } v ? TypedResults.Ok(v) : Refuse<Ok<CaseView>>(r.Refusal!);

    /// <summary>Someone else's case is a 403 (and was audited); the rest as every module answers.</summary>
    private static Results<T, Refused, ProblemHttpResult> Refuse<T>(Refusal r) where T : IResult =>
        r.Type == CaseAccess.NotAssignedType ? Problems.Refused(r.Type, r.Zh, r.En, 403) : Problems.From(r);
}
