using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Programs;

/// <summary>The exhibition department's volunteers: QR sign-up, shifts never over-filled, hours at the desk, approvals, the certificate.</summary>
public abstract class VolunteerTests(SciMuseumApp app)
{
    private const string Api = "/api/v1/programs";

    private async Task<(TestMuseum Museum, HttpClient Staff)> MuseumAsync()
    {
        var museum = await app.CreateMuseumAsync();
        return (museum, await app.NewUserAsync(museum.Id, Roles.ExhibitionEducation));
    }

    private static async Task<Guid> VolunteerAsync(HttpClient staff, string name, string university = "南阳师范学院") =>
        (await (await staff.PostAsJsonAsync($"{Api}/volunteers", new { name, phone = ProgramFixtures.Phone(), source = "University", organisation = university }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<Guid> ShiftAsync(HttpClient staff, DateTime startsAtLocal, int needed)
    {
        var end = startsAtLocal.AddHours(1).Date == startsAtLocal.Date ? startsAtLocal.AddHours(1) : startsAtLocal.Date.AddMinutes(23 * 60 + 59);
        var shift = await (await staff.PostAsJsonAsync($"{Api}/shifts", new
        {
            task = "展品讲解", place = "一楼展厅", date = startsAtLocal.ToString("yyyy-MM-dd"), start = startsAtLocal.ToString("HH:mm"),
            end = end.ToString("HH:mm"), needed,
        })).JsonAsync(HttpStatusCode.Created);
        return shift.GetProperty("id").GetGuid();
    }

    /// <summary>Twenty minutes ahead, to the minute: a shift the desk may already check volunteers in for.</summary>
    private static DateTime SoonLocal()
    {
        var soon = MuseumClock.ToLocal(DateTime.UtcNow).AddMinutes(20);
        return soon.Date.AddHours(soon.Hour).AddMinutes(soon.Minute);
    }

    [Fact]
    public async Task The_2020_demo_counts_volunteer_hours_and_training_from_their_records()
    {
        var admin = await app.AdminAsync();
        var list = await admin.GetJsonAsync($"{Api}/volunteers?year=2020");
        var totals = list.GetProperty("totals");
        var museum = await app.DemoMuseumIdAsync();
        var (times, minutes) = await app.InSystemScopeAsync(async (_, db) =>
        {
            var counted = await db.VolunteerServices.IgnoreQueryFilters().Where(s => s.MuseumId == museum && s.Date.Year == 2020
                && (s.Status == Core.Programs.Volunteers.ServiceStatus.Completed || s.Status == Core.Programs.Volunteers.ServiceStatus.Approved)).ToListAsync();
            return (counted.Count, counted.Sum(s => s.Minutes));
        });
        Assert.Equal(402, times);
        Assert.Equal(71_496, minutes); // 1,191.6 hours
        Assert.Equal(times, totals.GetProperty("personTimes").GetInt32());
        Assert.Equal(Math.Round(minutes / 60m, 1), totals.GetProperty("hours").GetDecimal());
        Assert.Equal(1, totals.GetProperty("awaitingApproval").GetInt32());
        var organisations = list.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("organisation").GetString()).ToHashSet();
        Assert.Contains("南阳理工学院", organisations);
        Assert.Contains("南阳师范学院", organisations);

        var metric = await admin.GetJsonAsync("/api/v1/performance/metrics/value?key=programs.volunteerPersonTimes&year=2020");
        Assert.Equal(times, metric.GetProperty("value").GetDecimal());
        var hours = await admin.GetJsonAsync("/api/v1/performance/metrics/value?key=programs.volunteerHours&year=2020");
        Assert.Equal(Math.Round(minutes / 60m, 1), hours.GetProperty("value").GetDecimal());

        var training = await admin.GetJsonAsync($"{Api}/training?year=2020");
        Assert.Equal(7, training.GetProperty("sessions").GetInt32());
        Assert.Equal(39m, training.GetProperty("hours").GetDecimal());
        Assert.Equal(56, training.GetProperty("staffOnRoll").GetInt32());
        Assert.Equal(25, training.GetProperty("staffTrained").GetInt32());
        Assert.Equal(44.6m, training.GetProperty("shareTrained").GetDecimal());
        Assert.Contains(training.GetProperty("items").EnumerateArray(), t => t.GetProperty("provider").GetString() == "郑州科技馆 鲁文文、朱元勋");
        var share = await admin.GetJsonAsync("/api/v1/performance/metrics/value?key=programs.staffTrainedRate&year=2020");
        Assert.Equal(44.6m, share.GetProperty("value").GetDecimal());

        // The activity plan's figures stand as they were.
        var stats = await admin.GetJsonAsync($"{Api}/statistics?year=2020");
        Assert.Equal(37, stats.GetProperty("planned").GetInt32());
        Assert.Equal(97.3m, stats.GetProperty("heldRate").GetDecimal());
        Assert.Equal(94.4m, stats.GetProperty("standardRate").GetDecimal());
    }

    [Fact]
    public async Task A_person_signs_up_at_the_desk_once_per_phone_number_and_staff_take_them_on()
    {
        var (museum, staff) = await MuseumAsync();
        var phone = ProgramFixtures.Phone();
        var form = new { name = "赵一凡", phone, source = "University", organisation = "南阳理工学院", major = "2019级电子信息" };
        await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/programs/volunteers?museum={museum.Code}", form)).JsonAsync(HttpStatusCode.Created);

        var again = await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/programs/volunteers?museum={museum.Code}", form with { name = "赵一凡2" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(again.ErrorsFor("phone"));
        var missing = await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/programs/volunteers?museum={museum.Code}",
            new { name = "", phone = "123", source = "University" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(missing.ErrorsFor("name"));
        Assert.NotEmpty(missing.ErrorsFor("phone"));
        Assert.NotEmpty(missing.ErrorsFor("organisation"));

        var list = await staff.GetJsonAsync($"{Api}/volunteers?year=2021");
        var applicant = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("Applied", applicant.GetProperty("status").GetString());
        var id = applicant.GetProperty("id").GetGuid();
        var accepted = await (await staff.PostAsync($"{Api}/volunteers/{id}/accept", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Active", accepted.GetProperty("status").GetString());
        await (await staff.PostAsync($"{Api}/volunteers/{id}/accept", null)).ProblemAsync(HttpStatusCode.Conflict);

        var gate = await app.NewUserAsync(museum.Id, Roles.GateStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await gate.GetAsync($"{Api}/volunteers")).StatusCode);
        await (await (await app.AdminAsync()).PostAsync($"{Api}/volunteers/{id}/accept", null)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Volunteers_taking_a_shift_at_once_never_exceed_the_number_needed()
    {
        var (_, staff) = await MuseumAsync();
        var shift = await ShiftAsync(staff, SoonLocal().AddDays(2), needed: 3);
        var volunteers = new List<Guid>();
        for (var i = 0; i < 8; i++) volunteers.Add(await VolunteerAsync(staff, $"志愿者{i}"));

        var answers = await Task.WhenAll(volunteers.Select(v => staff.PostAsJsonAsync($"{Api}/shifts/{shift}/take", new { volunteerId = v })));
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(5, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(3, await app.InSystemScopeAsync((_, db) => db.VolunteerShifts.Where(s => s.Id == shift).Select(s => s.Taken).SingleAsync()));

        // The same volunteer twice is refused; giving a place back frees it for the next.
        var taker = volunteers[Array.FindIndex(answers, a => a.StatusCode == HttpStatusCode.Created)];
        var twice = await (await staff.PostAsJsonAsync($"{Api}/shifts/{shift}/take", new { volunteerId = taker })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(twice.ErrorsFor("volunteerId"));
        var service = (await answers.First(a => a.StatusCode == HttpStatusCode.Created).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await (await staff.PostAsync($"{Api}/services/{service}/cancel", null)).JsonAsync(HttpStatusCode.OK);
        var loser = volunteers[Array.FindIndex(answers, a => a.StatusCode == HttpStatusCode.Conflict)];
        await (await staff.PostAsJsonAsync($"{Api}/shifts/{shift}/take", new { volunteerId = loser })).JsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync($"{Api}/shifts", new { task = "讲解", place = "一楼", date = "2020-01-01", start = "09:00", end = "08:00", needed = 0 }))
            .ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Hours_are_checked_in_and_out_at_the_desk_logged_hours_count_once_approved_and_the_certificate_states_them()
    {
        var (_, staff) = await MuseumAsync();
        var start = SoonLocal();
        var shift = await ShiftAsync(staff, start, needed: 2);
        var volunteer = await VolunteerAsync(staff, "孙佳琪", "南阳理工学院");
        var service = (await (await staff.PostAsJsonAsync($"{Api}/shifts/{shift}/take", new { volunteerId = volunteer })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        // Out before in: refused, nothing changed.
        await (await staff.PostAsJsonAsync($"{Api}/services/{service}/check-out", new { })).ProblemAsync(HttpStatusCode.Conflict, "/problems/not-checked-in");
        var inAt = DateTime.UtcNow.AddMinutes(-90);
        var checkedIn = await (await staff.PostAsJsonAsync($"{Api}/services/{service}/check-in", new { at = inAt })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("CheckedIn", checkedIn.GetProperty("status").GetString());
        var early = await (await staff.PostAsJsonAsync($"{Api}/services/{service}/check-out", new { at = inAt.AddMinutes(-30) })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(early.ErrorsFor("at"));
        var done = await (await staff.PostAsJsonAsync($"{Api}/services/{service}/check-out", new { })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Completed", done.GetProperty("status").GetString());
        Assert.InRange(done.GetProperty("minutes").GetInt32(), 89, 91);

        // Logged without a shift: waits for approval; rejecting needs a reason.
        var logged = (await (await staff.PostAsJsonAsync($"{Api}/volunteers/{volunteer}/hours", new { date = MuseumClock.Today(TimeProvider.System).ToString("yyyy-MM-dd"), hours = 2.5, description = "随科普大篷车进校园讲解" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var year = MuseumClock.Today(TimeProvider.System).Year;
        var before = (await staff.GetJsonAsync($"{Api}/volunteers?year={year}")).GetProperty("totals");
        Assert.Equal(1, before.GetProperty("personTimes").GetInt32());
        var noReason = await (await staff.PostAsJsonAsync($"{Api}/services/{logged}/review", new { approved = false })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noReason.ErrorsFor("note"));
        await (await staff.PostAsJsonAsync($"{Api}/services/{logged}/review", new { approved = true })).JsonAsync(HttpStatusCode.OK);
        var after = (await staff.GetJsonAsync($"{Api}/volunteers?year={year}")).GetProperty("totals");
        Assert.Equal(2, after.GetProperty("personTimes").GetInt32());
        var hours = after.GetProperty("hours").GetDecimal();
        Assert.InRange(hours, 3.9m, 4.1m);

        var pdf = await staff.GetAsync($"{Api}/volunteers/{volunteer}/certificate.pdf?year={year}");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = string.Concat(PdfText(await pdf.Content.ReadAsByteArrayAsync()).Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("志愿服务时长证明", text);
        Assert.Contains("孙佳琪", text);
        Assert.Contains($"共计{hours:0.0}小时", text);
        Assert.Contains("累计服务2人次", text);
        Assert.Contains("随科普大篷车进校园讲解", text);
        await (await staff.GetAsync($"{Api}/volunteers/{volunteer}/certificate.pdf?year=0")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await staff.GetAsync($"{Api}/volunteers/{Guid.NewGuid()}/certificate.pdf")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Staff_training_counts_the_share_of_staff_on_the_roll_who_attended()
    {
        var (museum, staff) = await MuseumAsync();
        var people = await app.InSystemScopeAsync(async (_, db) =>
        {
            var ids = new List<Guid>();
            for (var i = 0; i < 4; i++)
            {
                var s = new Core.Organization.StaffMember
                {
                    MuseumId = museum.Id, Name = $"职工{i}", DepartmentId = museum.Departments[Core.Organization.DepartmentKind.ExhibitionEducation],
                    StartDate = new DateOnly(2015, 1, 1), Employment = Core.Organization.Employment.Establishment,
                    EndDate = i == 3 ? new DateOnly(2020, 1, 1) : null,
                };
                db.Staff.Add(s);
                ids.Add(s.Id);
            }
            await db.SaveChangesAsync();
            return ids;
        });
        await (await staff.PostAsJsonAsync($"{Api}/training", new
        {
            date = "2021-05-12", topic = "讲解大比武", kind = "Contest", provider = "展览教育部", hours = 4, attendees = new[] { people[0] },
        })).JsonAsync(HttpStatusCode.Created);
        var year = await staff.GetJsonAsync($"{Api}/training?year=2021");
        Assert.Equal(3, year.GetProperty("staffOnRoll").GetInt32());
        Assert.Equal(1, year.GetProperty("staffTrained").GetInt32());
        Assert.Equal(33.3m, year.GetProperty("shareTrained").GetDecimal());

        var bad = await (await staff.PostAsJsonAsync($"{Api}/training", new { date = "2021-05-12", topic = "", kind = "Contest", hours = 0, attendees = Array.Empty<Guid>() }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.ErrorsFor("topic"));
        Assert.NotEmpty(bad.ErrorsFor("hours"));
        Assert.NotEmpty(bad.ErrorsFor("attendees"));
        var stranger = await (await staff.PostAsJsonAsync($"{Api}/training", new { date = "2021-05-12", topic = "交流", kind = "ExchangeMeeting", hours = 2, attendees = new[] { Guid.NewGuid() } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(stranger.ErrorsFor("attendees"));
        Assert.Equal(1, (await staff.GetJsonAsync($"{Api}/training?year=2021")).GetProperty("sessions").GetInt32());
    }

    private static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"certificate-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}

[Collection("sqlite")]
public sealed class VolunteersOnSqlite(SqliteApp app) : VolunteerTests(app);

[Collection("postgres")]
public sealed class VolunteersOnPostgres(PostgresApp app) : VolunteerTests(app);
