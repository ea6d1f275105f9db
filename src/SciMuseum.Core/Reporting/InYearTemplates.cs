namespace SciMuseum.Core.Reporting;

/// <summary>
/// The engine's two other documents, written from the same bindings as the annual report: the mid-year monitoring
/// report (绩效运行监控, the 双监控 form: budget side and goal side, figures to the day it is run for) and the one-page
/// leader's brief. Used as they are until a museum saves its own version of the kind.
/// </summary>
public static class InYearTemplates
{
    public const string MonitoringTitle = "{{museum.name}}{{report.year}}年度绩效运行监控报告";

    public const string Monitoring = """
        # 监控基本情况
        本报告为{{report.year}}年度部门整体支出绩效运行监控（预算执行与绩效目标“双监控”），数据截至{{report.asOf}}，时间进度{{report.elapsedPercent}}%。
        {{report.year}}年预算批复{{finance.approved}}万元，截至{{report.asOf}}资金到位{{finance.received}}万元，实际支出{{finance.spending}}万元，支付率{{finance.executionRate}}%。
        # 预算执行监控
        各项目累计支出与计划进度对比如下，偏差超过10个百分点为黄灯、超过30个百分点为红灯：
        [[performance.budgetMonitoring]]
        [[finance.executionChart]]
        # 绩效目标监控
        已开放{{visitors.openDays:N0}}天，接待观众{{visitors.admitted:N0}}人次。各项绩效指标截至目前的完成情况、全年预计及预警如下：
        [[performance.goalMonitoring]]
        # 偏差原因及纠偏措施
        [[text:monitoring]]
        [[signature]]
        """;

    public const string BriefTitle = "{{museum.name}}{{report.year}}年度绩效简报";

    public const string Brief = """
        # 总体情况
        {{report.year}}年部门整体支出绩效评价得分{{performance.totalScore}}分，等级“{{performance.grade}}”。预算批复{{finance.approved}}万元，资金到位{{finance.received}}万元，实际支出{{finance.spending}}万元，支付率{{finance.executionRate}}%；三公经费支出{{finance.threePublicSpent}}万元，控制率{{finance.threePublicControlRate}}%。
        # 主要产出
        开放{{visitors.openDays:N0}}天，接待观众{{visitors.admitted:N0}}人次；更新展品{{exhibits.renewed:N0}}件，展品完好率{{exhibits.integrityRate}}%，完成维护维修{{exhibits.maintenanceJobs:N0}}次；两中心开展活动{{programs.held:N0}}个，完成率{{programs.heldRate}}%；青少年科技创新大赛获奖作品{{competitions.awardedEntries(innovation):N0}}件，机器人竞赛{{competitions.teams(robot):N0}}支代表队、{{competitions.participants(robot):N0}}人参加。
        # 社会满意度
        展厅{{surveys.satisfaction(halls)}}分，青少年课外活动中心{{surveys.satisfaction(youth)}}分，未成年人心理健康辅导中心{{surveys.satisfaction(counseling)}}分。
        [[performance.groupChart]]
        """;
}
