using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Programs;
using SciMuseum.Web.Hosting;
using SciMuseum.Web.Visitors;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Web.Programs;

/// <summary>/api/v1/public/programs: sessions open for sign-up, and a family's sign-up by its code and the guardian's phone.</summary>
public static class PublicProgramsApi
{
    public sealed record FamilyCommand(string? Phone);

    public sealed class FamilyValidator : AbstractValidator<FamilyCommand>
    {
        public FamilyValidator() => RuleFor(c => c.Phone).NotEmpty().WithMessage(_ => L("必填。", "Required.")).PhoneNumber();
    }

    public sealed record FamilyRating(string? Phone, int? Rating, string? Comment);

    public sealed class FamilyRatingValidator : AbstractValidator<FamilyRating>
    {
        public FamilyRatingValidator()
        {
            RuleFor(c => c.Phone).NotEmpty().WithMessage(_ => L("必填。", "Required.")).PhoneNumber();
            RuleFor(c => c.Rating).Required().InclusiveBetween(1, 5).WithMessage(_ => L("评分为 1–5 分。", "Rate 1 to 5."));
            RuleFor(c => c.Comment).OptionalText(500);
        }
    }

    public static void MapPublicProgramsApi(this IEndpointRouteBuilder api)
    {
        var pub = api.MapGroup("/public/programs").WithTags("Public").AllowAnonymous();

        pub.MapGet("/sessions", async (MuseumDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return TypedResults.Ok(await SessionView.ListAsync(db, db.ActivitySessions.Where(s => s.PublicSignUp && s.StartsAt > now && s.Activity!.State == ActivityState.Open), now, ct));
            })
            .WithName("ListPublicSessions").WithSummary("Sessions families can sign up for, with places left and the waiting list's length");
        pub.MapPost("/signups", async Task<Results<Created<SignUpView>, Refused>> (SignUpForSession.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                await ProgramsApi.ViewAsync(await SignUpForSession.HandleAsync(db, clock, c with { School = null, GuardianConsent = null }, SignUpChannel.Online, "family", ct), db, clock, false, ct))
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("CreateSignUp").ProducesProblem(409)
            .WithSummary("Sign children up {sessionId, guardianName, guardianPhone, children:[{name, age}]} → 201, confirmed or waiting-listed");
        pub.MapGet("/signups/{code}", async Task<Results<Ok<SignUpView>, Refused>> (string code, string? phone, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                await ProgramsApi.OkViewAsync(await FamilySignUps.FindAsync(db, code, phone, clock, ct), db, clock, ct))
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("GetSignUp").WithSummary("A family's sign-up: status, place in the queue, offer deadline (?phone=)");
        pub.MapPost("/signups/{code}/cancel", (string code, FamilyCommand c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                FamilyAsync(code, c.Phone, db, clock, (id, ct2) => FamilySignUps.CancelAsync(db, id, clock, ct2), ct))
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("CancelSignUp").WithSummary("Cancel {phone}; the places go to the next family waiting");
        pub.MapPost("/signups/{code}/accept", (string code, FamilyCommand c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                FamilyAsync(code, c.Phone, db, clock, (id, ct2) => FamilySignUps.AcceptAsync(db, id, clock, ct2), ct))
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("AcceptSignUpOffer").WithSummary("Take up an offer from the waiting list {phone} before it expires");
        pub.MapPost("/signups/{code}/rating", (string code, FamilyRating c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                FamilyAsync(code, c.Phone, db, clock, (id, ct2) => FamilySignUps.RateAsync(db, id, new(c.Rating, c.Comment), ct2), ct))
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("RateSignUp").WithSummary("Rate the session 1–5 {phone, rating, comment} after taking part");
    }

    private static async Task<Results<Ok<SignUpView>, Refused>> FamilyAsync(string code, string? phone, MuseumDb db, TimeProvider clock,
        Func<Guid, CancellationToken, Task<Result<SignUp>>> act, CancellationToken ct)
    {
        var found = await FamilySignUps.FindAsync(db, code, phone, clock, ct);
        if (found.Value is not { } s) return Problems.From(found.Refusal!);
        return await ProgramsApi.OkViewAsync(await act(s.Id, ct), db, clock, ct);
    }
}
