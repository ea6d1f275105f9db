using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Surveys;

/// <summary>
/// Satisfaction surveys: the 2020 demo's three indices computed from individual answers, a visitor's answer counted
/// once however often it is sent, bad answers refused with nothing written, and the questionnaire's versions.
/// </summary>
public abstract class SurveyTests(SciMuseumApp app)
{
    private const string Results = "/api/v1/surveys/results";

    [Fact]
    public async Task The_2020_demo_answers_give_the_reports_three_satisfaction_indices_each_excellent()
    {
        var admin = await app.AdminAsync();
        var year = await admin.GetJsonAsync($"{Results}?year=2020");
        var areas = year.GetProperty("areas").EnumerateArray().ToDictionary(a => a.GetProperty("area").GetString()!);
        Assert.Equal(90.2m, areas["halls"].GetProperty("index").GetDecimal());
        Assert.Equal(91.91m, areas["youth"].GetProperty("index").GetDecimal());
        Assert.Equal(91.85m, areas["counseling"].GetProperty("index").GetDecimal());
        Assert.Equal([320, 220, 160], new[] { "halls", "youth", "counseling" }.Select(a => areas[a].GetProperty("responses").GetInt32()));
        Assert.All(areas.Values, a => Assert.Equal("优秀", a.GetProperty("grade").GetString()));
        Assert.Equal("科技馆展厅", areas["halls"].GetProperty("name").GetString());
        Assert.Contains("加权平均", year.GetProperty("method").GetString());

        // The index is what the answers give: recomputed here from each response's ratings with the documented formula.
        var recomputed = await app.InSystemScopeAsync(async (_, db) =>
        {
            var q = await db.Questionnaires.Include(x => x.Dimensions).Include(x => x.Questions).SingleAsync(x => x.Area == "youth");
            var responses = await db.SurveyResponses.Include(r => r.Answers).Where(r => r.QuestionnaireId == q.Id).ToListAsync();
            var indices = responses.Select(r => Core.Surveys.SatisfactionIndex.ResponseIndex(q.Dimensions, q.Questions,
                r.Answers.Where(a => a.Value != null).ToDictionary(a => a.QuestionId, a => a.Value!.Value))!.Value).ToList();
            return Math.Round(indices.Average(), 2, MidpointRounding.AwayFromZero);
        });
        Assert.Equal(91.91m, recomputed);

        var metric = await admin.GetJsonAsync("/api/v1/performance/metrics/value?key=surveys.satisfaction&argument=counseling&year=2020");
        Assert.Equal(91.85m, metric.GetProperty("value").GetDecimal());
        var responsesMetric = await admin.GetJsonAsync("/api/v1/performance/metrics/value?key=surveys.responses&year=2020");
        Assert.Equal(700m, responsesMetric.GetProperty("value").GetDecimal());

        var detail = await admin.GetJsonAsync($"{Results}/halls?year=2020");
        Assert.Equal(320, detail.GetProperty("months").EnumerateArray().Sum(m => m.GetProperty("responses").GetInt32()));
        Assert.Equal(320, detail.GetProperty("respondentTypes").EnumerateArray().Sum(m => m.GetProperty("responses").GetInt32()));
        var overall = detail.GetProperty("questions").EnumerateArray().First(q => q.GetProperty("text").GetString() == "总体满意程度");
        Assert.Equal(10, overall.GetProperty("distribution").GetArrayLength());
        Assert.Equal(320, overall.GetProperty("answers").GetInt32());
    }

    [Fact]
    public async Task The_results_distributions_are_the_answers_themselves_counted_once()
    {
        // The page reads monthly tallies kept as responses are written; here they are checked against the answers.
        var (expected, tallied) = await app.InSystemScopeAsync(async (_, db) =>
        {
            var answers = await (from a in db.SurveyAnswers.IgnoreQueryFilters()
                                 join r in db.SurveyResponses.IgnoreQueryFilters() on a.ResponseId equals r.Id
                                 where r.Date.Year == 2020
                                 select new { r.MuseumId, r.Area, r.Date.Month, a.QuestionId, a.Value, a.Choices }).ToListAsync();
            var counts = answers.SelectMany(a => (a.Value is { } v ? new[] { v } : [])
                    .Concat(a.Choices.Count > 0 ? a.Choices.Prepend(Core.Surveys.SurveyTally.Answered) : [])
                    .Select(o => $"{a.MuseumId}/{a.Area}/{a.Month}/{a.QuestionId}/{o}"))
                .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
            var tallies = (await db.SurveyTallies.IgnoreQueryFilters().Where(t => t.Year == 2020).ToListAsync())
                .ToDictionary(t => $"{t.MuseumId}/{t.Area}/{t.Month}/{t.QuestionId}/{t.Option}", t => t.Count);
            return (counts, tallies);
        });
        Assert.True(expected.Count > 100, $"the demo has answers to count ({expected.Count} keys)");
        Assert.Equal(expected.OrderBy(k => k.Key), tallied.OrderBy(k => k.Key));

        var detail = await (await app.AdminAsync()).GetJsonAsync($"{Results}/halls?year=2020");
        var visit = detail.GetProperty("questions").EnumerateArray().First(q => q.GetProperty("kind").GetString() == "MultipleChoice");
        Assert.True(visit.GetProperty("answers").GetInt32() > 0);
        Assert.True(visit.GetProperty("distribution").EnumerateArray().Sum(b => b.GetProperty("count").GetInt32()) >= visit.GetProperty("answers").GetInt32());
        Assert.NotEmpty(detail.GetProperty("comments").EnumerateArray());
    }

    [Fact]
    public async Task The_evaluations_satisfaction_indicators_are_bound_to_the_survey_figures_and_the_total_stays_87_64()
    {
        var admin = await app.AdminAsync();
        var evaluation = (await admin.GetJsonAsync("/api/v1/performance/evaluations?year=2020")).EnumerateArray()
            .Single(e => e.GetProperty("name").GetString() == "2020年度部门整体支出绩效自评");
        Assert.Equal(87.64m, evaluation.GetProperty("totalScore").GetDecimal());
        var indicators = await admin.GetJsonAsync($"/api/v1/performance/evaluations/{evaluation.GetProperty("id").GetGuid()}/indicators");
        foreach (var (name, area, value) in new[] { ("展厅社会满意度", "halls", 90.2m), ("青少年课外活动中心满意度", "youth", 91.91m), ("未成年人心理健康辅导中心满意度", "counseling", 91.85m) })
        {
            var indicator = indicators.EnumerateArray().Single(i => i.GetProperty("name").GetString() == name);
            Assert.Equal("surveys.satisfaction", indicator.GetProperty("metricKey").GetString());
            Assert.Equal(area, indicator.GetProperty("metricArgument").GetString());
            Assert.Equal(value, indicator.GetProperty("actual").GetDecimal());
        }
    }

    [Fact]
    public async Task A_visitor_answers_once_per_device_a_day_however_often_the_form_is_sent_and_the_index_moves()
    {
        var museum = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(museum.Id, Roles.Office);
        var q = await PublishedAsync(office, "exit", "出口");
        var code = q.GetProperty("code").GetString()!;
        var visitor = app.CreateClient();
        var form = await visitor.GetJsonAsync($"/api/v1/public/surveys/{code}?museum={museum.Code}");
        var answer = Answers(form, 10, device: "phone-1");

        // A double click: the same form twice at once. The unique index lets one in.
        var sent = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => visitor.PostAsJsonAsync($"/api/v1/public/surveys/{code}/responses?museum={museum.Code}", answer)));
        Assert.Single(sent, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Single(sent, r => r.StatusCode == HttpStatusCode.Conflict);
        // A reload with a fresh form from the same device on the same day: still one.
        var again = Answers(await visitor.GetJsonAsync($"/api/v1/public/surveys/{code}?museum={museum.Code}"), 1, device: "phone-1");
        await (await visitor.PostAsJsonAsync($"/api/v1/public/surveys/{code}/responses?museum={museum.Code}", again)).ProblemAsync(HttpStatusCode.Conflict, "/problems/already-answered");

        var year = DateTime.UtcNow.AddHours(8).Year;
        var results = await office.GetJsonAsync($"{Results}?year={year}");
        var area = results.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("area").GetString() == "exit");
        Assert.Equal(1, area.GetProperty("responses").GetInt32());
        Assert.Equal(100m, area.GetProperty("index").GetDecimal());

        // Another phone rates everything 1 (0 points): the index moves to the mean, 50.
        await (await visitor.PostAsJsonAsync($"/api/v1/public/surveys/{code}/responses?museum={museum.Code}",
            Answers(await visitor.GetJsonAsync($"/api/v1/public/surveys/{code}?museum={museum.Code}"), 1, device: "phone-2"))).JsonAsync(HttpStatusCode.Created);
        area = (await office.GetJsonAsync($"{Results}?year={year}")).GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("area").GetString() == "exit");
        Assert.Equal(2, area.GetProperty("responses").GetInt32());
        Assert.Equal(50m, area.GetProperty("index").GetDecimal());
        // The distribution counts each kept answer once: the refused double click and reload added nothing to it.
        var overall = (await office.GetJsonAsync($"{Results}/exit?year={year}")).GetProperty("questions").EnumerateArray()
            .Single(x => x.GetProperty("text").GetString() == "总体满意程度");
        Assert.Equal(2, overall.GetProperty("answers").GetInt32());
        Assert.Equal([1, 0, 0, 0, 0, 0, 0, 0, 0, 1], overall.GetProperty("distribution").EnumerateArray().Select(b => b.GetProperty("count").GetInt32()));

        var xlsx = await office.GetAsync($"/api/v1/surveys/responses?year={year}&format=xlsx");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => Convert.ToInt32(r["Q11 总体满意程度"]) == 10);
    }

    [Fact]
    public async Task Bad_answers_are_refused_each_with_a_clear_error_and_nothing_is_written()
    {
        var museum = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(museum.Id, Roles.Office);
        var q = await PublishedAsync(office, "hall-b", "二楼展厅");
        var code = q.GetProperty("code").GetString()!;
        var visitor = app.CreateClient();
        var url = $"/api/v1/public/surveys/{code}/responses?museum={museum.Code}";
        var form = await visitor.GetJsonAsync($"/api/v1/public/surveys/{code}?museum={museum.Code}");
        var first = form.GetProperty("questions")[0].GetProperty("id").GetGuid();
        var comment = form.GetProperty("questions").EnumerateArray().Single(x => x.GetProperty("kind").GetString() == "Text").GetProperty("id").GetGuid();
        async Task<int> Count() => await app.InSystemScopeAsync((_, db) => db.SurveyResponses.IgnoreQueryFilters().CountAsync());
        var before = await Count();

        var outOfScale = Answers(form, 10, "d1", (first, 11));
        Assert.NotEmpty((await (await visitor.PostAsJsonAsync(url, outOfScale)).ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor($"answers.{first}"));
        var missing = Answers(form, 10, "d1", skip: first);
        Assert.NotEmpty((await (await visitor.PostAsJsonAsync(url, missing)).ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor($"answers.{first}"));
        var huge = Answers(form, 10, "d1", text: (comment, new string('长', 100_000)));
        await (await visitor.PostAsJsonAsync(url, huge)).ProblemAsync(HttpStatusCode.BadRequest);
        var bot = Answers(form, 10, "d1", website: "http://spam.example");
        Assert.NotEmpty((await (await visitor.PostAsJsonAsync(url, bot)).ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("website"));
        var forged = Answers(form, 10, "d1", formToken: "forged");
        Assert.NotEmpty((await (await visitor.PostAsJsonAsync(url, forged)).ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("formToken"));
        await (await visitor.PostAsJsonAsync(url, new { respondentType = "Parent", answers = new object?[] { null } })).ProblemAsync(HttpStatusCode.BadRequest);

        await (await office.PostAsync($"/api/v1/surveys/questionnaires/{q.GetProperty("id").GetGuid()}/close", null)).JsonAsync(HttpStatusCode.OK);
        await (await visitor.PostAsJsonAsync(url, Answers(form, 10, "d1"))).ProblemAsync(HttpStatusCode.Conflict, "/problems/survey-closed");
        Assert.Equal(before, await Count());
    }

    [Fact]
    public async Task The_office_edits_a_draft_publishes_it_and_changes_it_only_in_a_new_version_and_a_gate_clerk_may_not()
    {
        var museum = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(museum.Id, Roles.Office);
        var draft = await (await office.PostAsJsonAsync("/api/v1/surveys/questionnaires", new { area = "class", areaName = "机器人课" })).JsonAsync(HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal(16, draft.GetProperty("questions").GetArrayLength());
        Assert.Equal(6, draft.GetProperty("dimensions").GetArrayLength());

        var edit = EditOf(draft);
        edit["title"] = "机器人课课后评价";
        await (await office.PutAsJsonAsync($"/api/v1/surveys/questionnaires/{id}", edit)).JsonAsync(HttpStatusCode.OK);
        var badWeight = new Dictionary<string, object?>(edit) { ["excellentFrom"] = 50, ["goodFrom"] = 80 };
        Assert.NotEmpty((await (await office.PutAsJsonAsync($"/api/v1/surveys/questionnaires/{id}", badWeight)).ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("goodFrom"));

        await (await office.PostAsync($"/api/v1/surveys/questionnaires/{id}/publish", null)).JsonAsync(HttpStatusCode.OK);
        await (await office.PutAsJsonAsync($"/api/v1/surveys/questionnaires/{id}", edit)).ProblemAsync(HttpStatusCode.Conflict, "/problems/questionnaire-published");
        var v2 = await (await office.PostAsync($"/api/v1/surveys/questionnaires/{id}/versions", null)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        Assert.Equal("机器人课课后评价", v2.GetProperty("title").GetString());

        var poster = await office.GetAsync($"/api/v1/surveys/questionnaires/{id}/poster");
        Assert.Equal("application/pdf", poster.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await poster.Content.ReadAsByteArrayAsync())[..4]));

        var gate = await app.NewUserAsync(museum.Id, Roles.GateStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await gate.PostAsJsonAsync("/api/v1/surveys/questionnaires", new { area = "x", areaName = "x" })).StatusCode);
        var other = await app.AdminAsync();
        await (await other.GetAsync($"/api/v1/surveys/questionnaires/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_form_sent_back_sooner_than_the_minimum_fill_time_is_refused_as_a_bot_would_be()
    {
        await using var strict = app.WithWebHostBuilder(b => b.UseSetting("Surveys:MinimumFillSeconds", "600"));
        var visitor = strict.CreateClient();
        var halls = await app.InSystemScopeAsync((_, db) => db.Questionnaires.Where(q => q.Area == "halls").Select(q => q.Code).FirstAsync());
        var form = await visitor.GetJsonAsync($"/api/v1/public/surveys/{halls}");
        var problem = await (await visitor.PostAsJsonAsync($"/api/v1/public/surveys/{halls}/responses", Answers(form, 9, "fast-bot"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("太快", problem.ErrorsFor("formToken").Single());
    }

    /// <summary>The save command of a questionnaire as the API gave it, as the editor page sends it.</summary>
    private static Dictionary<string, object?> EditOf(JsonElement q)
    {
        var edit = new[] { "title", "titleEn", "intro", "introEn", "areaName", "onePer", "excellentFrom", "goodFrom", "fairFrom" }
            .ToDictionary(k => k, k => (object?)q.GetProperty(k));
        edit["dimensions"] = q.GetProperty("dimensions").EnumerateArray().Select(d => new[] { "code", "name", "nameEn", "weight" }.ToDictionary(k => k, k => d.GetProperty(k))).ToList();
        edit["questions"] = q.GetProperty("questions").EnumerateArray().Select(x => new[] { "section", "sectionEn", "text", "textEn", "kind", "required", "dimension", "weight", "options", "optionsEn" }
            .ToDictionary(k => k, k => x.GetProperty(k))).ToList();
        return edit;
    }

    private static async Task<JsonElement> PublishedAsync(HttpClient office, string area, string name)
    {
        var q = await (await office.PostAsJsonAsync("/api/v1/surveys/questionnaires", new { area, areaName = name, onePer = "DevicePerDay" })).JsonAsync(HttpStatusCode.Created);
        return await (await office.PostAsync($"/api/v1/surveys/questionnaires/{q.GetProperty("id").GetGuid()}/publish", null)).JsonAsync(HttpStatusCode.OK);
    }

    /// <summary>Every rating of the served form at <paramref name="rating"/> (NPS too), with the overrides asked for.</summary>
    private static Dictionary<string, object?> Answers(JsonElement form, int rating, string device, (Guid Id, int Value)? value = null, Guid? skip = null,
        (Guid Id, string Text)? text = null, string? website = null, string? formToken = null)
    {
        var answers = new List<object>();
        foreach (var q in form.GetProperty("questions").EnumerateArray())
        {
            var id = q.GetProperty("id").GetGuid();
            if (id == skip) continue;
            if (value is { } v && v.Id == id) answers.Add(new { questionId = id, value = v.Value });
            else if (text is { } t && t.Id == id) answers.Add(new { questionId = id, text = t.Text });
            else if (q.GetProperty("min").ValueKind == JsonValueKind.Number)
                answers.Add(new { questionId = id, value = Math.Clamp(rating, q.GetProperty("min").GetInt32(), q.GetProperty("max").GetInt32()) });
        }
        return new()
        {
            ["formToken"] = formToken ?? form.GetProperty("formToken").GetString(), ["respondentType"] = "IndividualVisitor",
            ["device"] = device, ["answers"] = answers, ["website"] = website,
        };
    }
}

[Collection("sqlite")]
public sealed class SurveysOnSqlite(SqliteApp app) : SurveyTests(app);

[Collection("postgres")]
public sealed class SurveysOnPostgres(PostgresApp app) : SurveyTests(app);
