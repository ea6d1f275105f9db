namespace SciMuseum.Core.Reporting;

/// <summary>
/// The ready template of the 部门整体支出绩效评价报告, in the structure bureaus ask for (the seed report's): every figure a
/// module computes is a binding; what only people can say is a narrative written per year ([[text:…]]). A museum saves
/// its own version from it and edits it in the app.
/// </summary>
public static class AnnualTemplate
{
    public const string Title = "{{museum.name}}{{report.year}}年度部门整体支出绩效评价报告";

    public const string Text = """
        # 部门基本情况
        ## 部门职能与机构设置
        [[text:functions]]
        ## 人员情况
        {{report.year}}年度单位核定编制{{organization.authorizedPosts}}人，实有在编人员{{organization.staffInPost}}人，退休人员{{organization.retired}}人，政府购岗人员{{organization.contractPosts}}人。
        ## 部门年度总体工作任务和重点工作任务
        [[text:tasks]]
        ## 部门年度整体收支情况
        {{report.year}}年预算批复为{{finance.approved}}万元，其中专项资金{{finance.projectApproved}}万元。支出金额总计{{finance.spending}}万元，其中专项资金支出{{finance.projectSpent}}万元；三公经费支出{{finance.threePublicSpent}}万元；政府采购支出{{finance.procurement}}万元。
        ## 部门年度整体工作目标任务完成情况
        [[text:goals]]
        全年开放{{visitors.openDays:N0}}天，接待观众{{visitors.admitted:N0}}人次；更新展品{{exhibits.renewed:N0}}件；两中心计划开展活动{{programs.planned:N0}}个，实际开展{{programs.held:N0}}个，项目实际完成率{{programs.heldRate}}%，达标活动{{programs.upToStandard:N0}}个，项目质量达标率{{programs.standardRate}}%。

        # 部门整体评价工作开展
        ## 绩效评价实施过程情况
        [[text:process]]
        ## 绩效评价整体结果概况
        部门整体支出绩效指标体系评分表总体得分{{performance.totalScore}}分，评价结果为“{{performance.grade}}”，各一级指标得分如下图，具体情况如下：
        [[performance.groupChart]]
        [[text:budgetExecution]]
        [[text:energy]]
        三公经费控制情况：三公经费年初预算批复为{{finance.threePublicBudget}}万元，支出{{finance.threePublicSpent}}万元，控制率{{finance.threePublicControlRate}}%。
        [[text:projectManagement]]
        绩效情况：预算批复中项目资金{{finance.projectApproved}}万元，全年项目资金实收{{finance.projectReceived}}万元，实际支出{{finance.projectSpent}}万元，项目资金支付进度{{finance.payProgress}}%。
        [[report.yearOverYear]]

        # 部门整体支出绩效评价分析
        ## 投入情况分析
        [[text:input]]
        ## 执行管理情况分析
        全年资金到位{{finance.received}}万元，实际支出{{finance.spending}}万元，支付率{{finance.executionRate}}%。各项目执行情况如下表：
        [[finance.lines]]
        [[finance.executionChart]]
        [[text:cost]]
        [[text:progress]]
        ## 支出绩效情况分析
        ### 展览教育部
        #### 开放天数
        全年开放天数为{{visitors.openDays:N0}}天，共进馆{{visitors.admitted:N0}}人次，日均{{visitors.averagePerOpenDay:N0}}人次，每月进馆人次如下图所示。
        [[visitors.monthlyChart]]
        [[text:exhibition]]
        #### 展品更新
        {{report.year}}年更新展品{{exhibits.renewed:N0}}件，在展展品{{exhibits.onDisplay:N0}}件。
        [[text:renewal]]
        [[text:volunteers]]
        全年志愿服务{{programs.volunteerPersonTimes:N0}}人次、{{programs.volunteerHours:N1}}小时；开展辅导员培训{{programs.trainingSessions:N0}}次、{{programs.trainingHours:N1}}学时，职工参训率{{programs.staffTrainedRate}}%。
        ### 青少年活动中心和未成年人心理健康辅导中心
        #### 未成年人心理健康辅导中心
        全年接听来访电话{{counseling.hotlineCalls:N0}}人次，接待来访家长咨询{{counseling.parentVisits:N0}}人次，个体心理咨询{{counseling.consultations:N0}}人次，个体室参观体验{{counseling.roomVisitors:N0}}人次，网上远程心理辅导{{counseling.onlineSessions:N0}}人次；开展各类心理健康讲座{{counseling.lectures:N0}}场，参加人员{{counseling.lectureParticipants:N0}}人次。
        [[text:counseling]]
        #### 青少年课外活动中心
        [[text:youth]]
        两中心年初计划开展活动{{programs.planned:N0}}个，实际开展活动{{programs.held:N0}}个，项目实际完成率{{programs.heldRate}}%；实际开展活动中，达标活动{{programs.upToStandard:N0}}个，项目质量达标率{{programs.standardRate}}%。
        [[text:programsQuality]]
        #### 社会满意度
        展厅社会满意度{{surveys.satisfaction(halls)}}分（答卷{{surveys.responses(halls):N0}}份），青少年课外活动中心满意度{{surveys.satisfaction(youth)}}分（答卷{{surveys.responses(youth):N0}}份），未成年人心理健康辅导中心满意度{{surveys.satisfaction(counseling)}}分（答卷{{surveys.responses(counseling):N0}}份）。
        [[surveys.areas]]
        [[surveys.satisfactionChart]]
        ### 科技活动部
        [[text:activities]]
        #### 青少年科技创新大赛
        比赛中共评出获奖作品{{competitions.awardedEntries(innovation):N0}}项，各类别获奖情况如下表：
        [[competitions.awards(innovation)]]
        #### 青少年机器人竞赛
        来自中小学{{competitions.teams(robot):N0}}支代表队共{{competitions.participants(robot):N0}}人参加，共评出获奖{{competitions.awardedEntries(robot):N0}}项：
        [[competitions.awards(robot)]]
        ### 展品维护研发部
        #### 展品的维护
        {{report.year}}年共计维护展品{{exhibits.maintenanceJobs:N0}}件次，展品完好率{{exhibits.integrityRate}}%，平均修复时间{{exhibits.meanTimeToRepairHours:N1}}小时。
        #### 科普大篷车进校园活动
        {{report.year}}年科普大篷车巡展共计{{outreach.caravanTrips:N0}}次，受益人数{{outreach.caravanBeneficiaries:N0}}人次。
        [[text:caravan]]

        # 存在的问题
        [[text:problems]]

        # 整改措施或建议
        [[text:measures]]
        [[performance.rectification]]

        # 其他需要说明的问题
        [[text:other]]
        [[signature]]
        ---
        # 附件：评分表与数据核对
        ## 部门整体支出绩效评价指标评分表
        [[performance.scores]]
        ## 填报数与账面数核对
        以下为报送数字与系统记录计算数的逐项核对，不一致之处如实列出，不作调整。
        [[finance.reconciliation]]
        ## 报告数字核对
        报告中的每个数字在生成时由系统记录计算，下表列出其数据项、期间与依据。
        [[report.figures]]
        """;
}
