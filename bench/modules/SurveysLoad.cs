using SciMuseum.Core.Persistence;
using SciMuseum.Core.Surveys;

/// <summary>
/// One service area's year of answers: the ready template's questionnaire (16 questions), published, and responses
/// spread over the year until the answers reach N (about 14 a response: the optional ratings, NPS, choices and a
/// comment now and then), each with its fixed index as the public page stores it; a few hundred responses in two other
/// areas beside it.
/// </summary>
internal static class SurveysLoad
{
    public const string Area = "halls";
    public const int Year = 2025;

    public static async Task LoadAsync(MuseumDb db, Guid museum, int answers)
    {
        var main = await QuestionnaireAsync(db, museum, Area, "展厅");
        var others = new[] { await QuestionnaireAsync(db, museum, "youth", "青少年活动中心"), await QuestionnaireAsync(db, museum, "counseling", "心理咨询中心") };
        var random = new Random(16);
        var responses = new List<SurveyResponse>();
        var rows = new List<SurveyAnswer>(answers + 20);
        var now = DateTime.UtcNow;
        var count = 0;
        void Respond(Questionnaire q, int n)
        {
            var day = new DateOnly(Year, 1, 1).AddDays(n % 365);
            var r = new SurveyResponse
            {
                MuseumId = museum, QuestionnaireId = q.Id, Area = q.Area, Date = day, SubmittedAt = day.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc),
                DedupKey = $"bench-{q.Area}-{n}", RespondentType = (RespondentType)(n % 5), Channel = ResponseChannel.Phone, CreatedAt = now, UpdatedAt = now,
            };
            var ratings = new Dictionary<Guid, int>();
            var mood = random.Next(6, 11);
            foreach (var x in q.Questions)
            {
                if (!x.Required && random.Next(4) == 0) continue;
                var a = new SurveyAnswer { MuseumId = museum, ResponseId = r.Id, QuestionId = x.Id, CreatedAt = now, UpdatedAt = now };
                if (x.IsRating) a.Value = ratings[x.Id] = Math.Clamp(mood + random.Next(-2, 2), x.Scale.Min, x.Scale.Max);
                else if (x.Kind == QuestionKind.SingleChoice) a.Choices = [random.Next(x.Options.Count)];
                else if (x.Kind == QuestionKind.MultipleChoice) a.Choices = [.. Enumerable.Range(0, x.Options.Count).Where(_ => random.Next(3) == 0)];
                else if (random.Next(10) == 0) a.Text = "展品很有意思，希望周末多开放几个场次。";
                else continue;
                rows.Add(a);
                r.Answers.Add(a);
            }
            r.ScoreUnits = SatisfactionIndex.ResponseIndex(q.Dimensions, q.Questions, ratings) is { } index ? SatisfactionIndex.Units(index) : null;
            responses.Add(r);
        }
        while (rows.Count < answers) Respond(main, count++);
        foreach (var q in others) for (var i = 0; i < 300; i++) Respond(q, count++);
        await Bulk.InsertAsync(db, responses);
        await Bulk.InsertAsync(db, rows);
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await SurveyTallies.CountAsync(db, responses, default); // as the public page counts each response when it is written
            await tx.CommitAsync();
        }
        Console.WriteLine($"{responses.Count - 600:N0} responses and {rows.Count:N0} answers in the area, 600 responses in two others");
    }

    private static async Task<Questionnaire> QuestionnaireAsync(MuseumDb db, Guid museum, string area, string name)
    {
        var q = SurveyTemplate.For(area, name);
        q.MuseumId = museum;
        q.Code = area;
        q.State = QuestionnaireState.Published;
        q.PublishedAt = DateTime.UtcNow;
        foreach (var d in q.Dimensions) d.MuseumId = museum;
        foreach (var x in q.Questions) x.MuseumId = museum;
        db.Questionnaires.Add(q);
        await db.SaveChangesAsync();
        return q;
    }
}
