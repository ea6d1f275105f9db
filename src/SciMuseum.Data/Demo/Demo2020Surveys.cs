using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Surveys;

namespace SciMuseum.Data.Demo;

/// <summary>
/// The surveys module's demo step: the three 2020 satisfaction surveys of the seed report, each a published standard
/// questionnaire with a few hundred individual answers (realistic spreads of 1–10 ratings, NPS, choices, comments)
/// whose indices, computed by <see cref="SatisfactionIndex"/>, are the report's 90.2 (展厅), 91.91 (青少年课外活动中心)
/// and 91.85 (未成年人心理健康辅导中心). The answers are drawn from a fixed seed, then single ratings are nudged one point
/// at a time until the computed index rounds to the report's figure: a nudge moves an area's mean by less than the
/// 0.01 rounding step, so the search lands inside it.
/// </summary>
public sealed class SurveysDemoStep : IDemoStep
{
    public sealed record Area(string Key, string Name, int Responses, decimal Index, RespondentType[] Types, OneAnswerPer OnePer);

    public static readonly Area[] Areas2020 =
    [
        new("halls", "科技馆展厅", 320, 90.2m,
            [RespondentType.IndividualVisitor, RespondentType.IndividualVisitor, RespondentType.IndividualVisitor, RespondentType.Parent, RespondentType.Parent,
             RespondentType.Student, RespondentType.Teacher, RespondentType.SchoolGroup], OneAnswerPer.DevicePerDay),
        new("youth", "青少年课外活动中心", 220, 91.91m,
            [RespondentType.Parent, RespondentType.Parent, RespondentType.Student, RespondentType.Student, RespondentType.Teacher], OneAnswerPer.Token),
        new("counseling", "未成年人心理健康辅导中心", 160, 91.85m,
            [RespondentType.Parent, RespondentType.Parent, RespondentType.Parent, RespondentType.Student, RespondentType.Teacher], OneAnswerPer.EachForm),
    ];

    private static readonly string[] Comments =
    [
        "希望增加更多互动展品。", "讲解员很耐心，孩子很喜欢。", "预约很方便，入馆快。", "部分展品维修中，希望早日恢复。",
        "停车不太方便。", "活动名额太少，经常报不上。", "老师讲得生动，收获很大。", "希望周末多开放一些场次。",
    ];

    public string Name => "satisfaction surveys";

    public Task<bool> IsLoadedAsync(MuseumDb db, Museum museum, CancellationToken ct) =>
        db.Questionnaires.AnyAsync(q => q.MuseumId == museum.Id, ct);

    public Task LoadAsync(MuseumDb db, Museum museum, CancellationToken ct)
    {
        for (var i = 0; i < Areas2020.Length; i++)
        {
            var (questionnaire, responses) = Build(Areas2020[i], museum.Id, 2020 + i);
            db.Questionnaires.Add(questionnaire);
            db.SurveyResponses.AddRange(responses);
            db.SurveyTallies.AddRange(SurveyTallies.Of(responses));
        }
        return Task.CompletedTask;
    }

    public static (Questionnaire, List<SurveyResponse>) Build(Area area, Guid museumId, int seed)
    {
        var q = SurveyTemplate.For(area.Key, area.Name);
        (q.MuseumId, q.Code, q.KioskKey, q.OnePer, q.State, q.PublishedAt) =
            (museumId, Codes.New(), Codes.New(16), area.OnePer, QuestionnaireState.Published, new DateTime(2020, 6, 12, 2, 0, 0, DateTimeKind.Utc));
        foreach (var d in q.Dimensions) d.MuseumId = museumId;
        foreach (var x in q.Questions) x.MuseumId = museumId;

        var random = new Random(seed);
        var scored = q.Questions.Where(x => x.CountsInIndex).ToList();
        var ratings = new List<Dictionary<Guid, int>>();
        for (var i = 0; i < area.Responses; i++)
            ratings.Add(scored.Where(x => x.Required || random.Next(10) < 7).ToDictionary(x => x.Id, _ => Draw(random)));

        long Units(Dictionary<Guid, int> r) => SatisfactionIndex.Units(SatisfactionIndex.ResponseIndex(q.Dimensions, q.Questions, r)!.Value);
        var units = ratings.Select(Units).ToArray();
        var low = (area.Index - 0.004m) * SatisfactionIndex.UnitsPerPoint * area.Responses;
        var high = (area.Index + 0.004m) * SatisfactionIndex.UnitsPerPoint * area.Responses;
        while (units.Sum() is var sum && (sum < low || sum > high))
        {
            var i = random.Next(area.Responses);
            var up = sum < low;
            var candidates = ratings[i].Where(kv => up ? kv.Value < 10 : kv.Value > 6).Select(kv => kv.Key).ToList();
            if (candidates.Count == 0) continue;
            var id = candidates[random.Next(candidates.Count)];
            ratings[i][id] += up ? 1 : -1;
            units[i] = Units(ratings[i]);
        }

        var nps = q.Questions.Single(x => x.Kind == QuestionKind.Nps);
        var overall = q.Questions.First(x => x.Dimension == "overall");
        var duration = q.Questions.Single(x => x.Kind == QuestionKind.SingleChoice);
        var heard = q.Questions.Single(x => x.Kind == QuestionKind.MultipleChoice);
        var comment = q.Questions.Single(x => x.Kind == QuestionKind.Text);
        var responses = new List<SurveyResponse>();
        for (var i = 0; i < area.Responses; i++)
        {
            // Answers from the reopening on 13 June to the end of the year, in opening hours (Beijing 09:00–17:00 is 01:00–09:00 UTC).
            var date = new DateOnly(2020, 6, 13).AddDays(random.Next(201));
            var r = new SurveyResponse
            {
                MuseumId = museumId, QuestionnaireId = q.Id, Area = area.Key, Date = date,
                SubmittedAt = date.ToDateTime(new TimeOnly(1 + random.Next(8), random.Next(60)), DateTimeKind.Utc),
                DedupKey = $"demo:{i}", RespondentType = area.Types[random.Next(area.Types.Length)],
                Channel = random.Next(4) == 0 ? ResponseChannel.Kiosk : ResponseChannel.Phone, ScoreUnits = units[i],
            };
            r.Answers = [.. ratings[i].Select(kv => new SurveyAnswer { MuseumId = museumId, ResponseId = r.Id, QuestionId = kv.Key, Value = kv.Value })];
            if (random.Next(10) < 8)
                r.Answers.Add(new SurveyAnswer { MuseumId = museumId, ResponseId = r.Id, QuestionId = nps.Id, Value = Math.Min(10, ratings[i][overall.Id] - random.Next(2)) });
            if (random.Next(10) < 6)
                r.Answers.Add(new SurveyAnswer { MuseumId = museumId, ResponseId = r.Id, QuestionId = duration.Id, Choices = [random.Next(3)] });
            if (random.Next(10) < 5)
                r.Answers.Add(new SurveyAnswer { MuseumId = museumId, ResponseId = r.Id, QuestionId = heard.Id, Choices = [.. new[] { random.Next(5), random.Next(5) }.Distinct().Order()] });
            if (random.Next(10) == 0)
                r.Answers.Add(new SurveyAnswer { MuseumId = museumId, ResponseId = r.Id, QuestionId = comment.Id, Text = Comments[random.Next(Comments.Length)] });
            responses.Add(r);
        }
        return (q, responses);
    }

    /// <summary>A 1–10 rating as visitors to a well-liked museum give them: mostly 9s and 10s, a tail down to 5.</summary>
    private static int Draw(Random random) => random.Next(100) switch
    {
        < 44 => 10,
        < 74 => 9,
        < 89 => 8,
        < 95 => 7,
        < 99 => 6,
        _ => 5,
    };
}
