using SciMuseum.Core.Common;

namespace SciMuseum.Core.Performance;

/// <summary>The performance module's records and fields, and its template codes, as staff read them.</summary>
public static class PerformanceLabels
{
    public static readonly RecordLabels.Module Records = new(
        new Dictionary<string, (string, string)>
        {
            ["ScoringTable"] = ("评分表", "Scoring table"), ["ScoringIndicator"] = ("评分指标", "Scoring indicator"),
            ["Evaluation"] = ("绩效评价", "Evaluation"), ["EvaluationInput"] = ("手工填报", "Manual input"), ["Judgement"] = ("专家评判", "Judgement"),
            ["PerformanceGoal"] = ("绩效目标", "Performance goal"), ["GoalIndicator"] = ("目标指标", "Goal indicator"), ["GoalBasis"] = ("立项依据", "Basis document"),
            ["RectificationProblem"] = ("存在的问题", "Problem"), ["RectificationMeasure"] = ("整改措施", "Measure"),
            ["MeasureProgress"] = ("整改进展", "Measure progress"), ["Alert"] = ("提醒", "Alert"),
        },
        new Dictionary<string, (string, string)>
        {
            ["TemplateCode"] = ("模板", "Template"), ["ExcellentFrom"] = ("优秀线", "Excellent from"), ["GoodFrom"] = ("良好线", "Good from"),
            ["FairFrom"] = ("中等线", "Fair from"), ["TableId"] = ("评分表", "Scoring table"), ["ParentId"] = ("上级指标", "Parent"),
            ["Level"] = ("层级", "Level"), ["Weight"] = ("权重", "Weight"), ["Target"] = ("目标值", "Target"), ["TargetHigh"] = ("目标上限", "Target high"),
            ["MetricKey"] = ("数据来源指标", "Metric"), ["MetricArgument"] = ("指标参数", "Metric argument"), ["Rule"] = ("评分规则", "Rule"),
            ["PeriodFrom"] = ("期间起", "Period from"), ["PeriodTo"] = ("期间止", "Period to"), ["SignedOffAt"] = ("签发时间", "Signed off at"),
            ["SignedOffBy"] = ("签发人", "Signed off by"), ["SignedOffResult"] = ("签发时的结果", "Result signed off"),
            ["ReopenReason"] = ("重新打开理由", "Reopen reason"), ["EvaluationId"] = ("绩效评价", "Evaluation"), ["IndicatorId"] = ("指标", "Indicator"),
            ["ManualValue"] = ("填报值", "Value entered"), ["Evidence"] = ("佐证材料", "Evidence"), ["NotApplicable"] = ("不适用", "Not applicable"),
            ["NotApplicableReason"] = ("不适用理由", "Why not applicable"), ["Evaluator"] = ("评判人", "Evaluator"), ["Score"] = ("得分", "Score"),
            ["Band"] = ("档次", "Band"), ["BudgetLineId"] = ("预算项目", "Budget line"), ["OverallGoal"] = ("总体目标", "Overall goal"),
            ["GoalId"] = ("绩效目标", "Goal"), ["PerformanceGoalId"] = ("绩效目标", "Performance goal"), ["Subcategory"] = ("二级指标", "Subcategory"), ["Comparison"] = ("比较方式", "Comparison"),
            ["FundingSource"] = ("资金来源", "Funding source"), ["ProjectType"] = ("项目类型", "Project type"), ["FundNature"] = ("资金性质", "Fund nature"),
            ["ImplementationPlan"] = ("实施方案", "Implementation plan"), ["Timeline"] = ("实施进度计划", "Timeline"), ["Number"] = ("文号", "Document number"),
            ["Qualitative"] = ("定性指标", "Qualitative"), ["TextTarget"] = ("指标值（定性）", "Text target"), ["TextActual"] = ("实际完成（定性）", "Text actual"),
            ["Judgement"] = ("判定", "Judgement"), ["Pace"] = ("监控口径", "Pace"),
            ["ProblemId"] = ("问题", "Problem"), ["Deadline"] = ("完成期限", "Deadline"), ["MeasureId"] = ("整改措施", "Measure"),
        });

    public static string Of(ProjectType t) => t switch
    {
        ProjectType.Recurring => Bilingual.L("常年性", "Recurring"),
        ProjectType.Continuing => Bilingual.L("延续性", "Continuing"),
        _ => Bilingual.L("一次性", "One-off"),
    };

    public static string Of(FundNature n) => n switch
    {
        FundNature.FiscalAppropriation => Bilingual.L("财政拨款", "Fiscal appropriation"),
        FundNature.NonTaxRevenue => Bilingual.L("非税收入", "Non-tax revenue"),
        FundNature.GovernmentFund => Bilingual.L("政府性基金", "Government fund"),
        FundNature.StateCapitalBudget => Bilingual.L("国有资本经营预算", "State capital budget"),
        FundNature.SpecialAccountFunds => Bilingual.L("财政专户管理资金", "Special account funds"),
        _ => Bilingual.L("其他", "Other"),
    };

    public static string Of(GoalPace p) => p switch
    {
        GoalPace.FullTarget => Bilingual.L("按全年目标", "Full target"),
        GoalPace.TimeProportional => Bilingual.L("按时间进度", "Time-proportional"),
        _ => Bilingual.L("按计划进度曲线", "Planned curve"),
    };

    public static string Of(GoalJudgement j) => j switch
    {
        GoalJudgement.Met => Bilingual.L("达成", "Met"),
        GoalJudgement.PartlyMet => Bilingual.L("部分达成", "Partly met"),
        _ => Bilingual.L("未达成", "Not met"),
    };

    /// <summary>整改状态 as staff read it.</summary>
    public static string Of(MeasureStatus s) => s switch
    {
        MeasureStatus.Planned => Bilingual.L("计划", "Planned"),
        MeasureStatus.InProgress => Bilingual.L("进行中", "In progress"),
        MeasureStatus.Done => Bilingual.L("已完成", "Done"),
        _ => Bilingual.L("已验收", "Verified"),
    };

    /// <summary>A scoring template's name instead of its code (input-process-output-effect → 部门整体支出绩效评价…).</summary>
    public static string Template(string? code) =>
        code is null or "" ? Formats.None : ScoringTemplates.Find(code) is { } t ? t.Name : code;

    /// <summary>A metric's name in the caller's language instead of its key; unknown keys show as they are.</summary>
    public static string Metric(IEnumerable<MetricDefinition> definitions, string? key) =>
        key is null ? Formats.None : definitions.FirstOrDefault(d => d.Key == key) is { } d ? Bilingual.L(d.NameZh, d.NameEn) : key;
}
