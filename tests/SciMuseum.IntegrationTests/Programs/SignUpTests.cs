using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Programs;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Programs;

/// <summary>Sign-ups: never oversold, a waiting list served in arrival order with offers that hold places, families kept together.</summary>
public abstract class SignUpTests(SciMuseumApp app)
{
    [Fact]
    public async Task Concurrent_sign_ups_confirm_exactly_the_capacity_and_waiting_list_the_rest()
    {
        var m = await app.OpenSessionAsync(capacity: 5);
        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => app.SignUpAsync(m, ProgramFixtures.Phone(), $"孩子{i}")));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var statuses = await app.InSystemScopeAsync((_, db) => db.SignUps.Where(s => s.SessionId == m.SessionId).Select(s => s.Status).ToListAsync());
        Assert.Equal(5, statuses.Count(s => s == SignUpStatus.Confirmed));
        Assert.Equal(25, statuses.Count(s => s == SignUpStatus.Waiting));
        Assert.Equal(5, await app.TakenAsync(m.SessionId));
    }

    [Fact]
    public async Task Sign_ups_racing_for_the_last_places_confirm_exactly_those_and_a_child_sent_twice_at_once_is_signed_up_once()
    {
        var m = await app.OpenSessionAsync(capacity: 6);
        for (var i = 0; i < 4; i++) await app.SignedUpAsync(m, $"先到{i}");
        // Two places left: each request reads the session as not full, inserts its sign-up, and only then takes places.
        var twin = ProgramFixtures.Phone();
        var racers = Enumerable.Range(0, 16).Select(i => app.SignUpAsync(m, ProgramFixtures.Phone(), $"孩子{i}"))
            .Append(app.SignUpAsync(m, twin, "同一个")).Append(app.SignUpAsync(m, twin, "同一个")).ToList();
        var answers = await Task.WhenAll(racers);
        Assert.Equal(17, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        var refused = await Assert.Single(answers, a => a.StatusCode != HttpStatusCode.Created).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(refused.ErrorsFor("children[0].name"));

        var rows = await app.InSystemScopeAsync((_, db) => db.SignUps.IgnoreQueryFilters().Where(s => s.SessionId == m.SessionId)
            .Select(s => new { s.Status, Children = db.SignUpChildren.IgnoreQueryFilters().Count(c => c.SignUpId == s.Id) }).ToListAsync());
        Assert.Equal(6, rows.Count(r => r.Status == SignUpStatus.Confirmed));
        Assert.Equal(15, rows.Count(r => r.Status == SignUpStatus.Waiting));
        Assert.All(rows, r => Assert.Equal(1, r.Children)); // a rolled-back attempt leaves no sign-up and no child behind
        Assert.Equal(6, await app.TakenAsync(m.SessionId));
    }

    [Fact]
    public async Task A_cancellation_offers_the_place_to_the_first_family_that_fits_and_never_splits_a_family()
    {
        var m = await app.OpenSessionAsync(capacity: 3);
        var a = await app.SignedUpAsync(m, "张一");
        await app.SignedUpAsync(m, "张二", "张三");
        var twins = await app.SignedUpAsync(m, "刘大", "刘二");
        var single = await app.SignedUpAsync(m, "赵一");
        Assert.Equal(("Waiting", "Waiting"), (twins.Status, single.Status));
        Assert.Equal(1, (await app.FamilyAsync(m, twins)).GetProperty("position").GetInt32());

        await (await app.FamilyPostAsync(m, a, "cancel")).JsonAsync(HttpStatusCode.OK);
        // One place: the twins keep their turn (no half a family); the next family that fits gets the offer.
        Assert.Equal("Waiting", (await app.FamilyAsync(m, twins)).GetProperty("status").GetString());
        var offer = await app.FamilyAsync(m, single);
        Assert.Equal("Offered", offer.GetProperty("status").GetString());
        Assert.True(offer.GetProperty("canAccept").GetBoolean());
        Assert.Equal(3, await app.TakenAsync(m.SessionId));
        var accepted = await (await app.FamilyPostAsync(m, single, "accept")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Confirmed", accepted.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_expired_offer_passes_on_and_cancelling_it_afterwards_never_revives_it()
    {
        var m = await app.OpenSessionAsync(capacity: 1);
        var a = await app.SignedUpAsync(m, "陈一");
        var b = await app.SignedUpAsync(m, "陈二");
        var c = await app.SignedUpAsync(m, "陈三");
        await (await app.FamilyPostAsync(m, a, "cancel")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Offered", (await app.FamilyAsync(m, b)).GetProperty("status").GetString());

        // B lets the offer run out.
        await app.InSystemScopeAsync(async (_, db) => await db.SignUps.Where(s => s.Code == b.Code)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.OfferExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        Assert.Equal("Offered", (await app.FamilyAsync(m, c)).GetProperty("status").GetString());
        Assert.Equal("Expired", (await app.FamilyAsync(m, b)).GetProperty("status").GetString());

        // B's late cancel and late accept change nothing: C keeps the offer, the place is held once.
        await (await app.FamilyPostAsync(m, b, "cancel")).ProblemAsync(HttpStatusCode.Conflict, "/problems/sign-up-over");
        await (await app.FamilyPostAsync(m, b, "accept")).ProblemAsync(HttpStatusCode.Conflict, "/problems/offer-over");
        Assert.Equal("Offered", (await app.FamilyAsync(m, c)).GetProperty("status").GetString());
        Assert.Equal(1, await app.TakenAsync(m.SessionId));
    }

    [Fact]
    public async Task No_offer_or_promotion_once_the_session_has_started()
    {
        var m = await app.OpenSessionAsync(capacity: 1);
        var a = await app.SignedUpAsync(m, "周一");
        var b = await app.SignedUpAsync(m, "周二");
        var bId = (await app.FamilyAsync(m, b)).GetProperty("id").GetGuid();
        await app.InSystemScopeAsync(async (_, db) => await db.ActivitySessions.Where(s => s.Id == m.SessionId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.StartsAt, DateTime.UtcNow.AddMinutes(-5))));

        await (await app.FamilyPostAsync(m, a, "cancel")).ProblemAsync(HttpStatusCode.Conflict, "/problems/session-started");
        await (await m.Staff.PostAsync($"/api/v1/programs/signups/{bId}/promote", null)).ProblemAsync(HttpStatusCode.Conflict, "/problems/session-started");
        var offered = await app.InSystemScopeAsync((_, db) => WaitingList.OfferNextAsync(db, m.SessionId, DateTime.UtcNow, default));
        Assert.Equal(0, offered);
        Assert.Equal("Waiting", (await app.FamilyAsync(m, b)).GetProperty("status").GetString());
        var late = await (await app.SignUpAsync(m, ProgramFixtures.Phone(), "周三")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(late.ErrorsFor("sessionId"));
    }

    [Fact]
    public async Task A_child_twice_capacity_zero_and_a_past_session_are_refused_without_writing()
    {
        var m = await app.OpenSessionAsync(capacity: 2);
        var count = () => app.InSystemScopeAsync((_, db) => db.SignUps.IgnoreQueryFilters().CountAsync(s => s.SessionId == m.SessionId));
        var twice = await (await app.SignUpAsync(m, ProgramFixtures.Phone(), "王小明", "王 小明")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(twice.ErrorsFor("children[1].name"));
        var family = await app.SignedUpAsync(m, "王小明");
        var again = await (await app.SignUpAsync(m, family.Phone, "王小明")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(again.ErrorsFor("children[0].name"));
        var tooMany = await (await app.SignUpAsync(m, ProgramFixtures.Phone(), "甲", "乙", "丙")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(tooMany.ErrorsFor("children"));
        Assert.Equal(1, await count());
        Assert.Equal(1, await app.TakenAsync(m.SessionId));

        var zero = await (await m.Staff.PostAsJsonAsync("/api/v1/programs/sessions", new
        {
            activityId = m.ActivityId, date = ProgramFixtures.Tomorrow.ToString("yyyy-MM-dd"), start = "14:00", end = "16:00", capacity = 0,
        })).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(zero.ErrorsFor("capacity"));
        var past = await (await m.Staff.PostAsJsonAsync("/api/v1/programs/sessions", new
        {
            activityId = m.ActivityId, date = "2020-07-13", start = "09:00", end = "11:00", capacity = 30,
        })).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(past.ErrorsFor("date"));
        Assert.Equal(1, await app.InSystemScopeAsync((_, db) => db.ActivitySessions.CountAsync(s => s.ActivityId == m.ActivityId)));
    }

    [Fact]
    public async Task A_school_signs_up_a_class_only_with_the_guardians_consent_and_staff_see_the_roster()
    {
        var m = await app.OpenSessionAsync(capacity: 40);
        var pupils = Enumerable.Range(1, 30).Select(i => new { name = $"学生{i}", age = 10 }).ToList();
        var noConsent = await (await m.Staff.PostAsJsonAsync("/api/v1/programs/signups", new
        {
            sessionId = m.SessionId, guardianName = "李老师", guardianPhone = "13800000001", school = "南阳市第二十八小学", children = pupils,
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noConsent.ErrorsFor("guardianConsent"));
        var created = await (await m.Staff.PostAsJsonAsync("/api/v1/programs/signups", new
        {
            sessionId = m.SessionId, guardianName = "李老师", guardianPhone = "13800000001", school = "南阳市第二十八小学", guardianConsent = true, children = pupils,
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Confirmed", created.GetProperty("status").GetString());
        Assert.Equal("School", created.GetProperty("channel").GetString());
        var roster = await m.Staff.GetJsonAsync($"/api/v1/programs/sessions/{m.SessionId}/signups");
        Assert.Equal(30, roster[0].GetProperty("places").GetInt32());
        Assert.Equal(30, await app.TakenAsync(m.SessionId));
    }
}

[Collection("sqlite")]
public sealed class SignUpsOnSqlite(SqliteApp app) : SignUpTests(app);

[Collection("postgres")]
public sealed class SignUpsOnPostgres(PostgresApp app) : SignUpTests(app);
