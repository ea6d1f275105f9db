using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Data.Demo;

/// <summary>
/// The 2020 budget of the seed report as a ledger: each line's approved amount, its receipts and expenditures as
/// dated records spread over the year, and the report's own figures as stated figures. What the report states and
/// the ledger does not bear out (project spending 244.89 stated vs 275.57 from its own line table) shows up in
/// reconciliation.
/// </summary>
public static class Demo2020Finance
{
    private sealed record Line(string Code, string Name, LineKind Kind, FundingSource Source, DepartmentKind Dept, string Class,
        decimal ApprovedWan, decimal ReceivedWan, decimal SpentWan, ExpenditureCategory Category = ExpenditureCategory.General,
        bool ThreePublic = false, string Payee = "");

    private static readonly Line[] Lines =
    [
        new("B01", "基本支出-人员经费", LineKind.Basic, FundingSource.LocalFiscal, DepartmentKind.Office, "301 工资福利支出",
            200.00m, 285.40m, 285.40m, ExpenditureCategory.Personnel, Payee: "在编人员工资（代发）"),
        new("B02", "基本支出-公用经费", LineKind.Basic, FundingSource.LocalFiscal, DepartmentKind.Office, "302 商品和服务支出",
            30.79m, 36.80m, 36.80m, Payee: "国网南阳供电公司"),
        new("P01", "科技馆运行经费", LineKind.Project, FundingSource.LocalFiscal, DepartmentKind.ExhibitionEducation, "302 商品和服务支出",
            120m, 60m, 60m, Payee: "南阳市物业服务有限公司"),
        new("P02", "青少年活动中心运行经费", LineKind.Project, FundingSource.LocalFiscal, DepartmentKind.YouthActivityCenter, "302 商品和服务支出",
            20m, 10m, 10m, Payee: "南阳市文体用品商行"),
        new("P03", "科普大篷车", LineKind.Project, FundingSource.LocalFiscal, DepartmentKind.ExhibitMaintenance, "302 商品和服务支出",
            5m, 3m, 3m, Payee: "南阳市汽车维修中心"),
        new("P04", "公务接待", LineKind.Project, FundingSource.LocalFiscal, DepartmentKind.Office, "30217 公务接待费",
            0.5m, 0.25m, 0.25m, ExpenditureCategory.OfficialReception, ThreePublic: true, Payee: "南阳市接待餐饮服务部"),
        new("P05", "青少年创意编程与智能设计大赛", LineKind.Project, FundingSource.LocalFiscal, DepartmentKind.ScienceActivities, "302 商品和服务支出",
            5m, 2.5m, 1.29m, Payee: "大赛评审及会务"),
        new("P06", "青少年机器人竞赛", LineKind.Project, FundingSource.LocalFiscal, DepartmentKind.ScienceActivities, "302 商品和服务支出",
            5m, 2.5m, 2.5m, Payee: "大赛场地及器材"),
        new("P07", "青少年科技创新大赛", LineKind.Project, FundingSource.LocalFiscal, DepartmentKind.ScienceActivities, "302 商品和服务支出",
            5m, 2.5m, 2.5m, Payee: "大赛评审及表彰"),
        new("P08", "编外聘用人员工资及五险一金经费", LineKind.Project, FundingSource.LocalFiscal, DepartmentKind.Office, "301 工资福利支出",
            127.6m, 127.6m, 115.11m, ExpenditureCategory.Personnel, Payee: "编外人员工资及社保（代发）"),
        new("P09", "科技馆免费开放中央补助资金", LineKind.Project, FundingSource.CentralSubsidy, DepartmentKind.ExhibitMaintenance, "310 资本性支出",
            0m, 229m, 80.92m),
    ];

    public static void Build(MuseumDb db, Guid museumId, IReadOnlyDictionary<DepartmentKind, Department> departments)
    {
        var budget = new Budget { MuseumId = museumId, Year = 2020, Title = "2020年部门预算", ApprovalDocument = "南阳市财政局2020年部门预算批复", ApprovedOn = new(2020, 1, 10) };
        db.Budgets.Add(budget);
        var voucher = 0;
        var order = 0;
        foreach (var l in Lines)
        {
            var line = new BudgetLine
            {
                MuseumId = museumId, BudgetId = budget.Id, Code = l.Code, Name = l.Name, Kind = l.Kind, Source = l.Source,
                EconomicClass = l.Class, DepartmentId = departments[l.Dept].Id, Approved = Yuan(l.ApprovedWan), IsThreePublic = l.ThreePublic,
                SortOrder = ++order,
            };
            db.BudgetLines.Add(line);
            if (l.Code == "P09")
            {
                AddCentralSubsidy(db, museumId, line.Id, ref voucher);
                continue;
            }
            // Salaries and running costs arrive and go monthly; the rest in two tranches, spent after the reopening.
            var monthly = l.Kind == LineKind.Basic || l.Category == ExpenditureCategory.Personnel;
            DateOnly[] receiptDays = monthly ? [.. Enumerable.Range(1, 12).Select(m => new DateOnly(2020, m, 5))] : [new(2020, 4, 15), new(2020, 9, 15)];
            DateOnly[] paymentDays = monthly
                ? [.. Enumerable.Range(1, 12).Select(m => new DateOnly(2020, m, 20))]
                : [.. Enumerable.Range(6, 7).Select(m => new DateOnly(2020, m, m == 6 ? 28 : 18))];
            foreach (var (day, amount) in receiptDays.Zip(Split(Yuan(l.ReceivedWan), receiptDays.Length)))
                db.Receipts.Add(new Receipt { MuseumId = museumId, LineId = line.Id, Date = day, Amount = amount, DocumentNumber = $"宛财拨〔2020〕{day.Month:00}{line.SortOrder:00}号" });
            foreach (var (day, amount) in paymentDays.Zip(Split(Yuan(l.SpentWan), paymentDays.Length)))
                db.Expenditures.Add(Payment(museumId, line.Id, day, amount, l.Payee, l.Category, ++voucher));
        }
        AddStatedFigures(db, museumId);
        AddProcurementPlan(db, museumId);
        Add2019ThreePublic(db, museumId, departments);
    }

    /// <summary>
    /// 2019's 三公经费 as the museum's books had them (公务接待 0.50 万元, all spent), the base of 2020's 三公经费变动率
    /// (−50%, "与上年同期相比压缩了50%左右"). Only the 三公 lines: 2019 is not otherwise kept in SciMuseum.
    /// </summary>
    private static void Add2019ThreePublic(MuseumDb db, Guid museumId, IReadOnlyDictionary<DepartmentKind, Department> departments)
    {
        var budget = new Budget
        {
            MuseumId = museumId, Year = 2019, Title = "2019年部门预算（三公经费）", ApprovalDocument = "南阳市财政局2019年部门预算批复",
            ApprovedOn = new(2019, 1, 12), ThreePublicOnly = true,
        };
        db.Budgets.Add(budget);
        var line = new BudgetLine
        {
            MuseumId = museumId, BudgetId = budget.Id, Code = "P04", Name = "公务接待", Kind = LineKind.Project, Source = FundingSource.LocalFiscal,
            EconomicClass = "30217 公务接待费", DepartmentId = departments[DepartmentKind.Office].Id, Approved = Yuan(0.5m), IsThreePublic = true, SortOrder = 1,
        };
        db.BudgetLines.Add(line);
        db.Receipts.Add(new Receipt { MuseumId = museumId, LineId = line.Id, Date = new(2019, 3, 5), Amount = Yuan(0.5m), DocumentNumber = "宛财拨〔2019〕0304号" });
        DateOnly[] days = [new(2019, 4, 18), new(2019, 7, 11), new(2019, 10, 24), new(2019, 12, 6)];
        var voucher = 0;
        foreach (var (day, amount) in days.Zip(Split(Yuan(0.5m), days.Length)))
        {
            var e = Payment(museumId, line.Id, day, amount, "南阳市接待餐饮服务部", ExpenditureCategory.OfficialReception, ++voucher);
            e.VoucherNumber = $"2019-{day.Month:00}-{voucher:000}";
            db.Expenditures.Add(e);
        }
    }

    /// <summary>2020's procurement plan: the 22 exhibits, bought by open tender (the contract's first payment, 80.39 万元).</summary>
    private static void AddProcurementPlan(MuseumDb db, Guid museumId) =>
        db.ProcurementPlanLines.Add(new ProcurementPlanLine
        {
            MuseumId = museumId, Year = 2020, Name = "展品更新改造（22件展品）", Category = ProcurementCategory.Goods, Method = "公开招标",
            BudgetLineId = db.BudgetLines.Local.Single(l => l.MuseumId == museumId && l.Code == "P09").Id, Amount = Yuan(80.39m),
            Note = "2020年政府采购计划：合同首期款，2020年11月完成采购",
        });

    private static void AddCentralSubsidy(MuseumDb db, Guid museumId, Guid lineId, ref int voucher)
    {
        db.Receipts.Add(new Receipt { MuseumId = museumId, LineId = lineId, Date = new(2020, 7, 20), Amount = Yuan(229m), DocumentNumber = "豫财科〔2020〕免费开放补助", Note = "经南阳市财政局拨付" });
        db.Expenditures.Add(Payment(museumId, lineId, new(2020, 9, 10), Yuan(0.53m), "南阳市展品维修服务部", ExpenditureCategory.General, ++voucher));
        var exhibits = Payment(museumId, lineId, new(2020, 12, 25), Yuan(80.39m), "河南省科教展品有限公司", ExpenditureCategory.General, ++voucher);
        exhibits.IsProcurement = true;
        exhibits.ProcurementMethod = "公开招标";
        exhibits.ContractNumber = "NYKJG-2020-ZB-001";
        exhibits.Note = "22件展品采购合同第一期款";
        db.Expenditures.Add(exhibits);
    }

    private static Expenditure Payment(Guid museumId, Guid lineId, DateOnly day, decimal amount, string payee, ExpenditureCategory category, int voucher) => new()
    {
        MuseumId = museumId, LineId = lineId, Date = day, Amount = amount, Payee = payee, Category = category,
        VoucherNumber = $"2020-{day.Month:00}-{voucher:000}",
    };

    private static void AddStatedFigures(MuseumDb db, Guid museumId)
    {
        const string source = "2020年度部门整体支出绩效评价报告（2021-04-15）";
        void State(string key, string label, decimal value, FigureUnit unit = FigureUnit.Wan) =>
            db.StatedFigures.Add(new StatedFigure { MuseumId = museumId, Year = 2020, Key = key, Label = label, Value = value, Unit = unit, Decimals = 2, Source = source });

        State("budget.approved", "预算批复总额", 518.89m);
        State("budget.approved.project", "其中专项资金", 288.1m);
        State("project.received", "全年项目资金实收", 437.35m);
        State("project.spent", "专项资金支出", 244.89m);
        State("spending.total", "支出金额总计", 597.77m);
        State("threePublic.budget", "三公经费年初预算", 0.5m);
        State("threePublic.received", "三公经费实际收入", 0.25m);
        State("threePublic.spent", "三公经费支出（公务接待）", 0.25m);
        State("procurement.total", "政府采购支出", 80.39m);
        foreach (var l in Lines.Where(l => l.Kind == LineKind.Project))
        {
            if (l.ApprovedWan > 0) State($"line.{l.Code}.approved", $"{l.Name} 批复", l.ApprovedWan);
            State($"line.{l.Code}.received", $"{l.Name} 实收", l.ReceivedWan);
            State($"line.{l.Code}.spent", $"{l.Name} 实际支出", l.SpentWan);
            State($"line.{l.Code}.executionRate", $"{l.Name} 支付率", Math.Round(l.SpentWan / l.ReceivedWan * 100m, 2, MidpointRounding.AwayFromZero), FigureUnit.Percent);
        }
    }

    private static decimal Yuan(decimal wan) => wan * 10_000m;

    /// <summary>Splits an amount into n parts of whole fen that add up exactly.</summary>
    private static IEnumerable<decimal> Split(decimal total, int n)
    {
        var part = Math.Floor(total / n * 100m) / 100m;
        for (var i = 0; i < n - 1; i++) yield return part;
        yield return total - part * (n - 1);
    }
}

/// <summary>The finance module's demo step: the 2020 budget and its ledger.</summary>
public sealed class FinanceDemoStep : IDemoStep
{
    public string Name => "budget";

    public Task<bool> IsLoadedAsync(MuseumDb db, Museum museum, CancellationToken ct) =>
        db.Budgets.AnyAsync(b => b.MuseumId == museum.Id && b.Year == 2020, ct);

    public async Task LoadAsync(MuseumDb db, Museum museum, CancellationToken ct) =>
        Demo2020Finance.Build(db, museum.Id, await DemoSteps.DepartmentsAsync(db, museum.Id, ct));
}
