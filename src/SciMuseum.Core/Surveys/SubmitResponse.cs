using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Surveys;

/// <summary>
/// A respondent's answers to a published questionnaire, from the phone page, the kiosk or the API. One per respondent
/// (the questionnaire's <see cref="OneAnswerPer"/>) holds under double clicks, reloads and parallel instances because
/// the insert itself is refused by the unique index on (questionnaire, dedup key): there is no read-then-write to race.
/// </summary>
public static class SubmitResponse
{
    public const int MaxText = 2000;

    public sealed record AnswerInput(Guid? QuestionId, int? Value, List<int>? Choices, string? Text);

    /// <param name="Token">A ticket (reservation) or sign-up code, where the questionnaire is one per token.</param>
    /// <param name="FormToken">What the form was served with (its nonce and when), checked by the web layer.</param>
    /// <param name="Website">The honeypot: hidden from people, filled in by bots.</param>
    public sealed record Command(string? Token, RespondentType? RespondentType, string? Contact, List<AnswerInput?>? Answers,
        string? FormToken, string? Website, string? Device);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Token).OptionalText(40);
            RuleFor(c => c.Device).OptionalText(64);
            RuleFor(c => c.FormToken).OptionalText(1000);
            RuleFor(c => c.RespondentType).Required().IsInEnum().WithMessage(_ => L("请选择您的身份。", "Tell us who you are."));
            RuleFor(c => c.Contact).OptionalText(100);
            RuleFor(c => c.Website).Empty().WithMessage(_ => L("提交被拒绝。", "Submission refused."));
            RuleFor(c => c.Answers).NotNull().WithMessage(_ => L("必填。", "Required."))
                .Must(a => a is null || a.Count <= 200).WithMessage(_ => L("答案过多。", "Too many answers."));
            RuleForEach(c => c.Answers).ChildRules(a =>
            {
                a.RuleFor(x => x).NotNull().WithMessage(_ => L("必填。", "Required."));
                a.RuleFor(x => x!.QuestionId).Required().When(x => x is not null);
                a.RuleFor(x => x!.Text).OptionalText(MaxText).When(x => x is not null);
                a.RuleFor(x => x!.Choices).Must(c => c is null || c.Count <= 20).WithMessage(_ => L("选项过多。", "Too many choices.")).When(x => x is not null);
            });
        }
    }

    /// <param name="nonce">The served form's one-time id: the dedup key of kiosks and each-form questionnaires.</param>
    public static async Task<Result<SurveyResponse>> HandleAsync(MuseumDb db, TimeProvider clock, string code, Command c, string? nonce,
        ResponseChannel channel, CancellationToken ct)
    {
        var q = await db.Questionnaires.AsNoTracking().Include(x => x.Dimensions).Include(x => x.Questions).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Code == code, ct);
        if (q is null) return Refusal.NotFound("没有这份问卷。", "No such questionnaire.");
        if (q.State != QuestionnaireState.Published)
            return Refusal.Because("survey-closed", "这份问卷未发布或已结束，不再接受答卷。", "This questionnaire is not open for answers.");

        var byId = q.Questions.ToDictionary(x => x.Id);
        var answers = new List<SurveyAnswer>();
        foreach (var a in c.Answers!)
        {
            if (!byId.TryGetValue(a!.QuestionId!.Value, out var question))
                return Refusal.OnField("answers", "答案指向了问卷中没有的题目。", "An answer names a question not in this questionnaire.");
            if (answers.Any(x => x.QuestionId == question.Id))
                return Refusal.OnField(Key(question), "同一题只能回答一次。", "A question is answered once.");
            if (Check(question, a) is { } refusal) return refusal;
            if (a.Value is null && a.Choices is not { Count: > 0 } && string.IsNullOrWhiteSpace(a.Text)) continue;
            answers.Add(new SurveyAnswer
            {
                MuseumId = q.MuseumId, QuestionId = question.Id, Value = question.IsRating ? a.Value : null,
                Choices = question.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice ? [.. a.Choices!.Distinct().Order()] : [],
                Text = question.Kind == QuestionKind.Text ? a.Text!.Trim() : "",
            });
        }
        if (q.Questions.OrderBy(x => x.SortOrder).FirstOrDefault(x => x.Required && answers.All(a => a.QuestionId != x.Id)) is { } missing)
            return Refusal.OnField(Key(missing), $"请回答：{missing.Text}", $"Please answer: {(missing.TextEn.Length > 0 ? missing.TextEn : missing.Text)}");

        var today = MuseumClock.Today(clock);
        var dedup = await DedupKeyAsync(db, q, c, nonce, channel, today, ct);
        if (dedup.Refusal is { } noKey) return noKey;
        var ratings = answers.Where(a => a.Value is not null).ToDictionary(a => a.QuestionId, a => a.Value!.Value);
        var index = SatisfactionIndex.ResponseIndex(q.Dimensions, q.Questions, ratings);
        var response = new SurveyResponse
        {
            MuseumId = q.MuseumId, QuestionnaireId = q.Id, Area = q.Area, SubmittedAt = clock.GetUtcNow().UtcDateTime, Date = today,
            DedupKey = dedup.Value!, RespondentType = c.RespondentType!.Value, Channel = channel, Contact = c.Contact?.Trim() ?? "",
            ScoreUnits = index is { } i ? SatisfactionIndex.Units(i) : null, Answers = answers,
        };
        foreach (var a in answers) a.ResponseId = response.Id;
        db.SurveyResponses.Add(response);
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same ticket, device-day or form was counted a moment ago (a double click, a reload, a second tab).
            db.ChangeTracker.Clear();
            return AlreadyAnswered;
        }
        await SurveyTallies.CountAsync(db, [response], ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return response;
    }

    public static readonly Refusal AlreadyAnswered = Refusal.Because("already-answered",
        "这份问卷已经收到您的答卷，谢谢！每张票、每个报名或每台设备每天只计一份。", "We already have your answers, thank you: one per ticket, sign-up or device a day.");

    /// <summary>The error key of a question's answer: the pages put the message under that question.</summary>
    public static string Key(SurveyQuestion q) => $"answers.{q.Id}";

    private static Refusal? Check(SurveyQuestion q, AnswerInput a)
    {
        if (a.Value is { } v && q.IsRating && (v < q.Scale.Min || v > q.Scale.Max))
            return Refusal.OnField(Key(q), $"评分须在 {q.Scale.Min}–{q.Scale.Max} 之间。", $"Rate from {q.Scale.Min} to {q.Scale.Max}.");
        if (a.Value is not null && !q.IsRating) return Refusal.OnField(Key(q), "这道题不是评分题。", "This question is not a rating.");
        if (a.Choices is { Count: > 0 } choices)
        {
            if (q.Kind is not (QuestionKind.SingleChoice or QuestionKind.MultipleChoice)) return Refusal.OnField(Key(q), "这道题不是选择题。", "This question is not a choice.");
            if (choices.Any(i => i < 0 || i >= q.Options.Count)) return Refusal.OnField(Key(q), "没有这个选项。", "No such option.");
            if (q.Kind == QuestionKind.SingleChoice && choices.Distinct().Count() > 1) return Refusal.OnField(Key(q), "单选题只能选一项。", "Choose one.");
        }
        if (!string.IsNullOrWhiteSpace(a.Text) && q.Kind != QuestionKind.Text) return Refusal.OnField(Key(q), "这道题不填文字。", "This question takes no text.");
        return null;
    }

    private static async Task<Result<string>> DedupKeyAsync(MuseumDb db, Questionnaire q, Command c, string? nonce, ResponseChannel channel, DateOnly today, CancellationToken ct)
    {
        if (channel == ResponseChannel.Kiosk || q.OnePer == OneAnswerPer.EachForm)
            return nonce is { Length: > 0 } ? "n:" + nonce : Refusal.OnField("formToken", "表单已失效，请刷新页面后重新填写。", "The form has expired: reload the page.");
        if (q.OnePer == OneAnswerPer.Token)
        {
            var token = c.Token?.Trim().ToUpperInvariant();
            if (string.IsNullOrEmpty(token)) return Refusal.OnField("token", "请填写门票或报名码。", "Enter your ticket or sign-up code.");
            var known = await db.Set<Visitors.Reservation>().AnyAsync(r => r.Code == token, ct) || await db.SignUps.AnyAsync(s => s.Code == token, ct);
            return known ? "t:" + token : Refusal.OnField("token", "没有这个门票或报名码。", "No such ticket or sign-up code.");
        }
        var device = c.Device?.Trim();
        return string.IsNullOrEmpty(device)
            ? Refusal.OnField("device", "无法识别设备：请允许本站的 Cookie 后重试。", "Cannot tell your device: allow this site's cookie and retry.")
            : $"d:{device}:{today:yyyy-MM-dd}";
    }
}
