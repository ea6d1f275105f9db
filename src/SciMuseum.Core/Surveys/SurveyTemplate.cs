namespace SciMuseum.Core.Surveys;

/// <summary>
/// The ready template: a standard museum visitor-satisfaction questionnaire in six dimensions (环境与设施, 展品与展览,
/// 服务, 活动与讲解, 信息与预约, 总体评价), ACSI-style 1–10 ratings, NPS, two choice questions and a comment.
/// </summary>
public static class SurveyTemplate
{
    public sealed record Dimension(string Code, string Name, string NameEn, decimal Weight);

    public sealed record Question(string Section, string SectionEn, string Text, string TextEn, QuestionKind Kind, bool Required,
        string Dimension = "", decimal Weight = 0, string[]? Options = null, string[]? OptionsEn = null);

    public static readonly Dimension[] Dimensions =
    [
        new("environment", "环境与设施", "Environment and facilities", 0.15m),
        new("exhibits", "展品与展览", "Exhibits", 0.25m),
        new("service", "服务", "Service", 0.20m),
        new("activities", "活动与讲解", "Activities and guiding", 0.15m),
        new("information", "信息与预约", "Information and booking", 0.10m),
        new("overall", "总体评价", "Overall", 0.15m),
    ];

    private const string S1 = "参观体验", S1En = "Your visit", S2 = "总体评价", S2En = "Overall", S3 = "关于您", S3En = "About you";

    public static readonly Question[] Questions =
    [
        new(S1, S1En, "场馆环境整洁、舒适", "The museum is clean and comfortable", QuestionKind.Rating10, true, "environment", 1),
        new(S1, S1En, "卫生间、休息区、无障碍等设施完善", "Toilets, rest areas and accessibility are adequate", QuestionKind.Rating10, true, "environment", 1),
        new(S1, S1En, "展品内容丰富、有吸引力", "Exhibits are rich and engaging", QuestionKind.Rating10, true, "exhibits", 1),
        new(S1, S1En, "展品完好、可正常互动", "Exhibits work and can be used", QuestionKind.Rating10, true, "exhibits", 1),
        new(S1, S1En, "展览说明清楚易懂", "Labels are clear", QuestionKind.Rating10, true, "exhibits", 1),
        new(S1, S1En, "工作人员态度热情、耐心", "Staff are friendly and patient", QuestionKind.Rating10, true, "service", 1),
        new(S1, S1En, "入馆核验、引导顺畅有序", "Entry and wayfinding are smooth", QuestionKind.Rating10, true, "service", 1),
        new(S1, S1En, "讲解、科普活动内容有收获", "Guided tours and activities are worthwhile", QuestionKind.Rating10, false, "activities", 1),
        new(S1, S1En, "活动时间、形式安排合理", "Activity times and formats suit you", QuestionKind.Rating10, false, "activities", 1),
        new(S1, S1En, "开放信息、预约方便及时", "Opening information and booking are easy", QuestionKind.Rating10, true, "information", 1),
        new(S2, S2En, "总体满意程度", "Overall satisfaction", QuestionKind.Rating10, true, "overall", 2),
        new(S2, S2En, "与您参观前的期望相比", "Compared with what you expected", QuestionKind.Rating10, true, "overall", 1),
        new(S2, S2En, "您向亲友推荐本馆的可能性有多大？", "How likely are you to recommend us to friends?", QuestionKind.Nps, false),
        new(S3, S3En, "本次参观时长", "How long was your visit?", QuestionKind.SingleChoice, false, Options: ["1 小时以内", "1–2 小时", "2 小时以上"], OptionsEn: ["Under 1 hour", "1–2 hours", "Over 2 hours"]),
        new(S3, S3En, "您从哪些渠道了解本馆？（可多选）", "How did you hear of us? (any)", QuestionKind.MultipleChoice, false,
            Options: ["微信公众号", "学校或老师", "亲友推荐", "媒体报道", "路过"], OptionsEn: ["WeChat account", "School or teacher", "Friends", "Media", "Passing by"]),
        new(S3, S3En, "您的意见和建议", "Your comments and suggestions", QuestionKind.Text, false),
    ];

    /// <summary>A new draft for <paramref name="area"/> filled from the template.</summary>
    public static Questionnaire For(string area, string areaName)
    {
        var q = new Questionnaire
        {
            SeriesId = Guid.CreateVersion7(), Area = area, AreaName = areaName,
            Title = $"{areaName}满意度调查", TitleEn = "Visitor satisfaction survey",
            Intro = "感谢您参观！请花 2 分钟告诉我们您的感受。问卷匿名填写，留下联系方式仅用于回访。",
            IntroEn = "Thank you for visiting! Tell us how it went in two minutes. Anonymous unless you leave contact details.",
        };
        q.Dimensions = [.. Dimensions.Select((d, i) => new SurveyDimension { QuestionnaireId = q.Id, SortOrder = i + 1, Code = d.Code, Name = d.Name, NameEn = d.NameEn, Weight = d.Weight })];
        q.Questions = [.. Questions.Select((x, i) => new SurveyQuestion
        {
            QuestionnaireId = q.Id, SortOrder = i + 1, Section = x.Section, SectionEn = x.SectionEn, Text = x.Text, TextEn = x.TextEn, Kind = x.Kind,
            Required = x.Required, Dimension = x.Dimension, Weight = x.Weight, Options = [.. x.Options ?? []], OptionsEn = [.. x.OptionsEn ?? []],
        })];
        return q;
    }
}
