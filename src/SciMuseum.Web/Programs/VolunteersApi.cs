using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Programs.Training;
using SciMuseum.Core.Programs.Volunteers;
using SciMuseum.Web.Hosting;
using SciMuseum.Web.Visitors;

namespace SciMuseum.Web.Programs;

/// <summary>/api/v1/programs: the exhibition department's volunteers (recruitment, shifts, hours, certificates) and staff training.</summary>
public static class VolunteersApi
{
    /// <summary>Who runs volunteers and docent training: the exhibition department and the leaders.</summary>
    public const string Editors = Roles.SystemAdmin + "," + Roles.MuseumLeader + "," + Roles.ExhibitionEducation;

    private static readonly AuthorizeAttribute EditorsOnly = new() { Roles = Editors };

    public static void MapVolunteersApi(this IEndpointRouteBuilder api)
    {
        var p = api.MapGroup("/programs").WithTags("Programs").RequireAuthorization();

        p.MapGet("/volunteers", async Task<Results<Ok<VolunteerRecords.YearList>, ValidationProblem>> (int? year, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                ProgramsApi.YearOf(year, clock) is not { } y ? ProgramsApi.BadYear() : TypedResults.Ok(await VolunteerRecords.ListAsync(db, y, ct)))
            .RequireAuthorization(EditorsOnly).WithName("ListVolunteers")
            .WithSummary("Volunteers with the year's person-times and hours (checked out or approved), and the year's totals; ?year=");
        p.MapPost("/volunteers", async Task<Results<Created<Volunteer>, Refused>> (Recruitment.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Created(await Recruitment.SaveAsync(db, clock, null, c, ct), v => $"/api/v1/programs/volunteers/{v.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("CreateVolunteer")
            .WithSummary("Recruit a volunteer {name, phone, source: University|Public|Organisation, organisation, major, trainedOn, trainingTopic}; one per phone number");
        p.MapPut("/volunteers/{id:guid}", async Task<Results<Ok<Volunteer>, Refused>> (Guid id, Recruitment.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Ok(await Recruitment.SaveAsync(db, clock, id, c, ct)))
            .RequireAuthorization(EditorsOnly).WithName("UpdateVolunteer").WithSummary("Change a volunteer's profile, training or status (Applied, Active, Left)");
        p.MapGet("/volunteers/{id:guid}", async Task<Results<Ok<VolunteerRecords.Profile>, ProblemHttpResult>> (Guid id, MuseumDb db, CancellationToken ct) =>
                await VolunteerRecords.ProfileAsync(db, id, ct) is { } profile ? TypedResults.Ok(profile) : NoVolunteer())
            .RequireAuthorization(EditorsOnly).WithName("GetVolunteer").WithSummary("A volunteer's profile, services and totals per year");
        p.MapPost("/volunteers/{id:guid}/accept", async Task<Results<Ok<Volunteer>, Refused>> (Guid id, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Ok(await Recruitment.AcceptAsync(db, clock, id, ct)))
            .RequireAuthorization(EditorsOnly).WithName("AcceptVolunteer").WithSummary("Take on an applicant from the desk's QR sign-up");
        p.MapPost("/volunteers/{id:guid}/hours", async Task<Results<Created<VolunteerService>, Refused>> (Guid id, ServiceHours.LogCommand c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Created(await ServiceHours.LogAsync(db, id, c, clock, ct), s => $"/api/v1/programs/volunteers/{id}"))
            .RequireAuthorization(EditorsOnly).WithName("LogVolunteerHours").WithSummary("Log hours served without a shift {date, hours 0.5–12, description}; they count once approved");
        p.MapGet("/volunteers/{id:guid}/certificate.pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> (Guid id, int? year, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
            {
                if (year is not null && !Plausible.IsYear(year)) return ProgramsApi.BadYear();
                return await VolunteerCertificates.RenderAsync(db, id, year, clock, ct) is { } pdf
                    ? TypedResults.File(pdf.Pdf, "application/pdf", pdf.FileName) : NoVolunteer();
            })
            .RequireAuthorization(EditorsOnly).WithName("GetVolunteerCertificate")
            .WithSummary("志愿服务时长证明 (PDF, A4): approved hours and person-times with a table of services; ?year= or all years");

        p.MapGet("/shifts", async Task<Results<Ok<List<ShiftView>>, ValidationProblem>> (DateOnly? from, DateOnly? to, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var start = from ?? MuseumClock.Today(clock).AddDays(-7);
                var end = to ?? start.AddDays(60);
                if (!Plausible.IsYear(start.Year) || !Plausible.IsYear(end.Year)) return ProgramsApi.BadYear();
                if (end < start || end.DayNumber - start.DayNumber > 400)
                    return Problems.Field("to", "截止日期须在开始日期之后、一年以内。", "The end must be after the start and within a year.");
                return TypedResults.Ok(await ShiftView.ListAsync(db, start, end, ct));
            })
            .RequireAuthorization(EditorsOnly).WithName("ListVolunteerShifts").WithSummary("Shifts with their roster; ?from=&to= (default: from a week ago, 60 days)");
        p.MapPost("/shifts", async Task<Results<Created<VolunteerShift>, Refused>> (Shifts.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Created(await Shifts.SaveAsync(db, null, c, clock, ct), s => $"/api/v1/programs/shifts/{s.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("CreateVolunteerShift").WithSummary("Publish a shift {task, place, date, start, end, needed 1–200}");
        p.MapPut("/shifts/{id:guid}", async Task<Results<Ok<VolunteerShift>, Refused>> (Guid id, Shifts.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Ok(await Shifts.SaveAsync(db, id, c, clock, ct)))
            .RequireAuthorization(EditorsOnly).WithName("UpdateVolunteerShift").WithSummary("Change a shift; needed never below the volunteers who took it");
        p.MapPost("/shifts/{id:guid}/take", async Task<Results<Created<VolunteerService>, Refused>> (Guid id, Shifts.TakeCommand c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Created(await Shifts.TakeAsync(db, id, c, clock, ct), s => $"/api/v1/programs/services/{s.Id}"))
            .RequireAuthorization(EditorsOnly).WithName("TakeVolunteerShift").WithSummary("A volunteer takes a shift {volunteerId}; never beyond the number needed (409 shift-full)");
        p.MapPost("/services/{id:guid}/cancel", async Task<Results<Ok<VolunteerService>, Refused>> (Guid id, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Ok(await Shifts.CancelAsync(db, id, clock, ct)))
            .RequireAuthorization(EditorsOnly).WithName("CancelVolunteerService").WithSummary("Give a taken shift back before check-in; the place is free again");
        p.MapPost("/services/{id:guid}/check-in", async Task<Results<Ok<VolunteerService>, Refused>> (Guid id, ServiceHours.DeskCommand c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Ok(await ServiceHours.CheckInAsync(db, id, c, clock, ct)))
            .RequireAuthorization(EditorsOnly).WithName("CheckInVolunteer").WithSummary("Check a volunteer in at the desk {at: optional instant, default now}");
        p.MapPost("/services/{id:guid}/check-out", async Task<Results<Ok<VolunteerService>, Refused>> (Guid id, ServiceHours.DeskCommand c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                Answers.Ok(await ServiceHours.CheckOutAsync(db, id, c, clock, ct)))
            .RequireAuthorization(EditorsOnly).WithName("CheckOutVolunteer").WithSummary("Check a volunteer out {at}; refused before check-in; the minutes between count as hours");
        p.MapPost("/services/{id:guid}/review", async Task<Results<Ok<VolunteerService>, Refused>> (Guid id, ServiceHours.ReviewCommand c, MuseumDb db, UserContext user, CancellationToken ct) =>
                Answers.Ok(await ServiceHours.ReviewAsync(db, id, c, user.UserName ?? "", ct)))
            .RequireAuthorization(EditorsOnly).WithName("ReviewVolunteerHours").WithSummary("Approve or reject logged hours {approved, note (required when rejecting)}");

        p.MapGet("/training", async Task<Results<Ok<StaffTraining.Year>, ValidationProblem>> (int? year, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
                ProgramsApi.YearOf(year, clock) is not { } y ? ProgramsApi.BadYear() : TypedResults.Ok(await StaffTraining.YearAsync(db, y, ct)))
            .WithName("GetStaffTraining")
            .WithSummary("A year's staff training: sessions with attendees, each person's record, and the share of staff trained (trained ÷ staff on the roll in the year)");
        p.MapPost("/training", async Task<Results<Created<TrainingSession>, Refused>> (StaffTraining.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Created(await StaffTraining.SaveAsync(db, null, c, ct), s => $"/api/v1/programs/training?year={s.Date.Year}"))
            .RequireAuthorization(EditorsOnly).WithName("CreateTrainingSession")
            .WithSummary("Record a training session {date, topic, kind: ExchangeMeeting|Contest|ExternalTrainer|StudyVisit|Lecture, provider, hours, attendees: [staff ids]}");
        p.MapPut("/training/{id:guid}", async Task<Results<Ok<TrainingSession>, Refused>> (Guid id, StaffTraining.Command c, MuseumDb db, CancellationToken ct) =>
                Answers.Ok(await StaffTraining.SaveAsync(db, id, c, ct)))
            .RequireAuthorization(EditorsOnly).WithName("UpdateTrainingSession").WithSummary("Change a training session and its attendees");
    }

    /// <summary>The desk's QR page posts here too: an applicant, one per phone number.</summary>
    public static void MapPublicVolunteersApi(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/public/programs").WithTags("Public").AllowAnonymous()
            .MapPost("/volunteers", async Task<Results<Created<Applied>, Refused>> (Recruitment.Command c, MuseumDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var r = await Recruitment.ApplyAsync(db, clock, c, ct);
                return r.Value is { } v ? TypedResults.Created((string?)null, new Applied(v.Name, v.AppliedOn)) : Problems.From(r.Refusal!);
            })
            .RequireRateLimiting(PublicVisitsApi.RateLimitPolicy).WithName("ApplyAsVolunteer")
            .WithSummary("Sign up as a volunteer {name, phone, source, organisation, major, skills, availability}; one per phone number");
    }

    public sealed record Applied(string Name, DateOnly AppliedOn);

    private static ProblemHttpResult NoVolunteer() => Problems.NotFound("本馆没有这名志愿者。", "No such volunteer in this museum.");
}
