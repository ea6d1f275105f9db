using SciMuseum.Core.Performance;
using SciMuseum.Data.Demo;

namespace SciMuseum.UnitTests.Performance;

public sealed class TemplateTests
{
    private static void TotalsHold(IReadOnlyList<IndicatorNode> nodes, decimal expected)
    {
        Assert.Equal(expected, nodes.Sum(n => n.Weight!.Value));
        foreach (var n in nodes.Where(n => !n.IsLeaf)) TotalsHold(n.Children!, n.Weight!.Value);
        Assert.All(nodes.Where(n => n.IsLeaf), n => Assert.NotNull(n.Rule));
    }

    [Fact]
    public void Both_templates_and_the_demo_table_weigh_100_with_every_parent_the_sum_of_its_children()
    {
        Assert.Equal(2, ScoringTemplates.All.Count);
        foreach (var t in ScoringTemplates.All) TotalsHold(t.Indicators, 100);
        TotalsHold(Demo2020PerformanceTable.Indicators(), 100);
    }

    [Fact]
    public void The_departmental_template_has_the_frameworks_budget_indicators()
    {
        var names = IndicatorNode.Flatten(Guid.NewGuid(), ScoringTemplates.Find(ScoringTemplates.Departmental)!.Indicators).Select(r => r.Name).ToList();
        Assert.Equal(["投入", "过程", "产出", "效果"], IndicatorNode.Flatten(Guid.NewGuid(), ScoringTemplates.All[0].Indicators).Where(r => r.Level == 1).Select(r => r.Name));
        foreach (var n in new[] { "在职人员控制率", "三公经费变动率", "重点支出安排率", "预算调整率", "支付进度", "结转结余率", "三公经费控制率", "政府采购执行率", "管理制度健全性", "资金使用合规性", "资产管理" })
            Assert.Contains(n, names);
    }

    [Fact]
    public void Flattening_numbers_the_tree_and_points_children_at_their_parents()
    {
        var rows = IndicatorNode.Flatten(Guid.NewGuid(), ScoringTemplates.Find(ScoringTemplates.DecisionManagement)!.Indicators);
        var goal = rows.Single(r => r.Name == "明确性");
        Assert.Equal("1.1.2", goal.Code);
        Assert.Equal(3, goal.Level);
        Assert.Equal("目标任务", rows.Single(r => r.Id == goal.ParentId).Name);
        var tree = IndicatorNode.TreeOf(rows);
        Assert.Equal(["部门决策", "综合管理", "部门绩效"], tree.Select(t => t.Name));
    }
}
