namespace SciMuseum.Core.Performance;

/// <summary>
/// The two frameworks finance bureaus use for 部门整体支出绩效评价, as templates a museum copies and edits (weights
/// differ from province to province, so neither is hard-wired). Weights total 100; leaves carry the usual rule.
/// </summary>
public static class ScoringTemplates
{
    public sealed record Template(string Code, string Name, string Description, IReadOnlyList<IndicatorNode> Indicators);

    public const string Departmental = "input-process-output-effect";
    public const string DecisionManagement = "decision-management-performance";

    public static IndicatorNode N(string name, decimal weight, params IndicatorNode[] children) => new(name, weight, Children: [.. children]);

    public static IndicatorNode Leaf(string name, decimal weight, ScoringRule rule, string unit = "", decimal? target = null, string? metric = null, string? argument = null) =>
        new(name, weight, rule, unit, target, metric, argument);

    public static ScoringRule Judged => new(RuleKind.Judgement);
    public static ScoringRule Positive => new(RuleKind.ProportionalPositive);
    public static ScoringRule Deduct(decimal limit, decimal perUnit, Worse worse = Worse.Above) => new(RuleKind.Deduction, limit, perUnit, worse);
    public static ScoringRule Bands(params Band[] bands) => new(RuleKind.Banded, Bands: bands);

    /// <summary>预算调整率 (Hunan 岳阳): 0 full; (0,10%] two thirds; (10,20%] one third; (20,30%] a sixth; &gt;30%, nothing.</summary>
    public static ScoringRule AdjustmentBands(decimal w) => Bands(new(0, 0, w), new(0, 10, w * 2 / 3, MinExclusive: true),
        new(10, 20, w / 3, MinExclusive: true), new(20, 30, w / 6, MinExclusive: true), new(30, null, 0, MinExclusive: true));

    public static IReadOnlyList<Template> All { get; } =
    [
        new(Departmental, "部门整体支出绩效评价（投入/过程/产出/效果）",
            "财预〔2013〕53号 式框架：投入 15、过程 35、产出 25、效果 25，权重可按本地要求调整。",
        [
            N("投入", 15,
                N("预算配置", 15,
                    Leaf("在职人员控制率", 5, Deduct(100, 0.5m), "%", 100, "organization.staffControlRate"),
                    Leaf("三公经费变动率", 5, Deduct(0, 0.5m), "%", 0, "finance.threePublicChangeRate"),
                    Leaf("重点支出安排率", 5, Bands(new(90, null, 5), new(80, 90, 4, MaxExclusive: true), new(70, 80, 3, MaxExclusive: true),
                        new(60, 70, 2, MaxExclusive: true), new(null, 60, 0, MaxExclusive: true)), "%", 90))),
            N("过程", 35,
                N("预算执行", 15,
                    Leaf("预算调整率", 3, AdjustmentBands(3), "%", 0, "finance.budgetAdjustmentRate"),
                    Leaf("支付进度", 3, Positive, "%", 100, "finance.executionRate"),
                    Leaf("结转结余率", 3, Deduct(0, 0.1m), "%", 0, "finance.balanceRate"),
                    Leaf("三公经费控制率", 3, Deduct(100, 1), "%", 100, "finance.threePublicControlRate"),
                    Leaf("政府采购执行率", 3, Positive, "%", 100, "finance.procurementExecutionRate")),
                N("预算管理", 12,
                    Leaf("管理制度健全性", 4, new(RuleKind.Checklist, Checks: 4, PointsEach: 1), "项", 4),
                    Leaf("资金使用合规性", 4, Deduct(0, 1), "次", 0, "finance.complianceFindings"),
                    Leaf("预决算信息公开性和完善性", 4, new(RuleKind.YesNo), "是/否", 1)),
                N("资产管理", 8,
                    Leaf("资产管理安全性", 4, Judged),
                    Leaf("固定资产利用率", 4, Positive, "%", 100))),
            N("产出", 25,
                N("数量", 7, Leaf("实际完成率", 7, Positive, "%", 100)),
                N("质量", 6, Leaf("质量达标率", 6, Positive, "%", 100)),
                N("时效", 6, Leaf("完成及时性", 6, Judged)),
                N("成本", 6, Leaf("成本节约率", 6, Judged))),
            N("效果", 25,
                N("社会效益", 10, Leaf("社会效益", 10, Judged)),
                N("可持续影响", 5, Leaf("可持续影响", 5, Judged)),
                N("满意度", 10, Leaf("社会公众满意度", 10, Positive, "分", 90))),
        ]),
        new(DecisionManagement, "部门整体绩效评价（决策/管理/绩效）",
            "四川式框架（达州）：部门决策 25、综合管理 30、部门绩效 45，权重可按本地要求调整。",
        [
            N("部门决策", 25,
                N("目标任务", 15, Leaf("相关性", 5, Judged), Leaf("明确性", 5, Judged), Leaf("合理性", 5, Judged)),
                N("预算编制", 10, Leaf("测算依据", 5, Judged), Leaf("目标管理", 5, Judged))),
            N("综合管理", 30,
                N("绩效监控", 8,
                    Leaf("预算执行进度监控", 4, Positive, "%", 100, "finance.executionRate"),
                    Leaf("绩效目标动态监控", 4, Judged)),
                N("资产管理", 6, Leaf("资产管理信息化", 2, Judged), Leaf("资产报告", 2, new(RuleKind.YesNo), "是/否", 1), Leaf("资产管理与预算管理相结合", 2, Judged)),
                N("信息公开", 6, Leaf("预算公开", 2, new(RuleKind.YesNo), "是/否", 1), Leaf("决算公开", 2, new(RuleKind.YesNo), "是/否", 1),
                    Leaf("绩效信息公开", 2, new(RuleKind.YesNo), "是/否", 1)),
                N("绩效评价", 10, Leaf("评价开展", 4, new(RuleKind.YesNo), "是/否", 1), Leaf("结果应用", 6, Judged))),
            N("部门绩效", 45,
                N("履职成效", 20, Leaf("部门特性指标完成率", 20, Positive, "%", 100)),
                N("可持续发展能力", 15, Leaf("重点改革", 5, Judged), Leaf("创新", 5, Judged), Leaf("人才培养", 5, Judged)),
                N("满意度", 10, Leaf("协作部门", 3, Positive, "分", 90), Leaf("管理对象", 3, Positive, "分", 90), Leaf("社会公众", 4, Positive, "分", 90))),
        ]),
    ];

    public static Template? Find(string? code) => All.FirstOrDefault(t => t.Code == code);
}
