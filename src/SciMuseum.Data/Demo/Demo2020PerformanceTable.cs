using SciMuseum.Core.Performance;
using static SciMuseum.Core.Performance.ScoringTemplates;

namespace SciMuseum.Data.Demo;

/// <summary>
/// The museum's 2020 scoring table, copied from the 投入/过程/产出/效果 template and fitted to its own work, with what
/// the evaluators entered: checklist and yes/no values quoting their evidence, and judgements with reasons. Everything
/// else is computed from the records (三公经费变动率 from 2019's 三公 ledger, 政府采购执行率 from the procurement plan,
/// 资金使用合规性 from the findings recorded in finance).
/// </summary>
public static class Demo2020PerformanceTable
{
    private static IndicatorNode Rated(string name, decimal weight, string unit, decimal target, string? metric = null, string? argument = null) =>
        new(name, weight, new ScoringRule(RuleKind.ProportionalPositive), unit, target, metric, argument);

    private static IndicatorNode Judged(string name, decimal weight) => new(name, weight, new ScoringRule(RuleKind.Judgement));

    public static List<IndicatorNode> Indicators() =>
    [
        N("投入", 10,
            N("预算配置", 10,
                new("在职人员控制率", 3, Deduct(100, 0.5m), "%", 100, "organization.staffControlRate"),
                new("三公经费变动率", 3, Deduct(0, 0.5m), "%", 0, "finance.threePublicChangeRate"),
                Judged("重点支出安排率", 4))),
        N("过程", 30,
            N("预算执行", 15,
                new("预算调整率", 2, AdjustmentBands(2), "%", 0, "finance.budgetAdjustmentRate"),
                Rated("支付进度", 4, "%", 100, "finance.executionRate"),
                new("结转结余率", 3, ScoringTemplates.Bands(new(null, 5, 3), new(5, 10, 2.5m, MinExclusive: true),
                    new(10, 20, 2, MinExclusive: true), new(20, 30, 1.5m, MinExclusive: true), new(30, null, 1, MinExclusive: true)), "%", 5, "finance.balanceRate"),
                new("三公经费控制率", 3, Deduct(100, 1), "%", 100, "finance.threePublicControlRate"),
                Rated("政府采购执行率", 3, "%", 100, "finance.procurementExecutionRate")),
            N("预算管理", 9,
                new("管理制度健全性", 3, new ScoringRule(RuleKind.Checklist, Checks: 3, PointsEach: 1), "项", 3),
                new("资金使用合规性", 3, Deduct(0, 1), "次", 0, "finance.complianceFindings"),
                new("预决算信息公开", 3, new ScoringRule(RuleKind.YesNo), "是/否", 1)),
            N("资产管理", 6, Judged("资产管理安全性", 3), Judged("固定资产利用率", 3))),
        N("产出", 30,
            N("数量", 12,
                Rated("接待观众人次", 4, "人次", 300_000, "visitors.admitted"),
                Rated("开放天数", 2, "天", 306, "visitors.openDays"),
                Rated("展品更新数量", 2, "件", 22, "exhibits.renewed"),
                Rated("活动实际完成率", 4, "%", 100, "programs.heldRate")),
            N("质量", 8, Rated("展品完好率", 3, "%", 95, "exhibits.integrityRate"), Rated("活动质量达标率", 3, "%", 100, "programs.standardRate"), Rated("展品维护维修", 2, "件次", 400, "exhibits.maintenanceJobs")),
            N("时效", 5, Judged("展品更新及时性", 3), Judged("活动按计划开展", 2)),
            N("成本", 5, Judged("成本控制", 5))),
        N("效果", 30,
            N("社会效益", 12,
                Rated("科技创新大赛获奖作品", 3, "项", 900, "competitions.awardedEntries", "innovation"),
                Rated("机器人竞赛参赛队", 3, "支", 400, "competitions.teams", "robot"),
                Rated("心理健康讲座", 2, "场", 30, "counseling.lectures"),
                Judged("社会影响", 4)),
            N("可持续影响", 8, Judged("人才队伍建设", 4), Judged("信息化建设", 4)),
            N("满意度", 10,
                Rated("展厅社会满意度", 4, "分", 90, "surveys.satisfaction", "halls"),
                Rated("青少年课外活动中心满意度", 3, "分", 90, "surveys.satisfaction", "youth"),
                Rated("未成年人心理健康辅导中心满意度", 3, "分", 90, "surveys.satisfaction", "counseling"))),
    ];

    /// <summary>Values typed by the evaluators, each with the evidence it was taken from.</summary>
    public static readonly IReadOnlyDictionary<string, (decimal Value, string Evidence)> Manual = new Dictionary<string, (decimal, string)>
    {
        ["管理制度健全性"] = (3m, "财务管理制度、预算管理制度、政府采购内控制度均已制定并执行（制度汇编 2020 版）。"),
        ["预决算信息公开"] = (1m, "2020 年部门预算、2019 年部门决算已在南阳市科协网站公开。"),
    };

    public const string Leader = "评价组 王伟（馆领导）";
    public const string Finance = "评价组 李芳（计划财务部）";

    /// <summary>Each judgement indicator as the two evaluators scored it, with their reasons.</summary>
    public static readonly IReadOnlyDictionary<string, (string Evaluator, decimal Score, string Reason)[]> Judgements =
        new Dictionary<string, (string, decimal, string)[]>
    {
        ["重点支出安排率"] = [(Leader, 3.6m, "展品更新、青少年科技竞赛等重点工作均安排了专项资金。"), (Finance, 3.4m, "重点支出有安排，但中央补助资金年底仅支付第一期款。")],
        ["资产管理安全性"] = [(Leader, 2.8m, "资产账实相符，展品有日常维护记录。"), (Finance, 2.6m, "固定资产台账完整，个别展品维修周期较长。")],
        ["固定资产利用率"] = [(Leader, 2.4m, "疫情闭馆 1 月 24 日至 6 月 12 日，场馆利用受限。"), (Finance, 2.4m, "闭馆期间展厅设施闲置，恢复开放后限流。")],
        ["展品更新及时性"] = [(Leader, 2.2m, "22 件展品 2020 年 11 月完成采购，2021 年 3 月底才安装到位。"), (Finance, 2.2m, "更新计划年内未投入使用，付款仅至第一期。")],
        ["活动按计划开展"] = [(Leader, 1.8m, "37 个计划活动开展 36 个，四区培训项目延期。"), (Finance, 1.8m, "疫情下活动基本按计划完成。")],
        ["成本控制"] = [(Leader, 4.6m, "与上年同期相比各项支出基本压缩 50% 左右。"), (Finance, 4.4m, "支出把控严格，三公经费未超预算。")],
        ["社会影响"] = [(Leader, 3.6m, "暑期直播课堂收看人数突破 200 万，媒体实时报道。"), (Finance, 3.4m, "竞赛、科普活动社会关注度较高，受疫情影响进馆人数下降。")],
        ["人才队伍建设"] = [(Leader, 2.8m, "专业讲解员、辅导员数量不足（存在的问题二）。"), (Finance, 2.8m, "人才储备不足，与发展需求不匹配。")],
        ["信息化建设"] = [(Leader, 2.62m, "信息化仅停留在基础建设层面，线上线下联动效果不佳（存在的问题四）。"), (Finance, 2.6m, "缺少预约、智慧展厅等系统，工作量未因信息化而减轻。")],
    };

    /// <summary>
    /// The evaluation's actuals for the pure scorer: bound leaves from <paramref name="metrics"/> (key → value, or
    /// <c>key(argument)</c> → value for a metric that takes an argument), the rest as entered.
    /// </summary>
    public static Dictionary<Guid, IndicatorActual> Actuals(IEnumerable<ScoringIndicator> rows, IReadOnlyDictionary<string, decimal> metrics) =>
        rows.ToDictionary(r => r.Id, r => new IndicatorActual(
            r.MetricKey is { } key ? metrics.GetValueOrDefault(r.MetricArgument is { } arg ? $"{key}({arg})" : key) : Manual.TryGetValue(r.Name, out var m) ? m.Value : null,
            Judgements.TryGetValue(r.Name, out var js) ? [.. js.Select(j => j.Score)] : null));
}
