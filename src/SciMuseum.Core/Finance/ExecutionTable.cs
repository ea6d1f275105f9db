namespace SciMuseum.Core.Finance;

/// <summary>One line of the execution table (预算执行表). Money in yuan; rates in percent with 2 decimals, trimmed.</summary>
public sealed record LineFigures(
    Guid LineId,
    string Code,
    string Name,
    LineKind Kind,
    FundingSource Source,
    Guid? DepartmentId,
    bool IsThreePublic,
    decimal Approved,
    decimal Adjustments,
    decimal CurrentBudget,
    decimal Received,
    decimal Spent,
    decimal Balance,
    /// <summary>支付率 as the report computes it: spent ÷ received.</summary>
    decimal? ExecutionRate,
    /// <summary>spent ÷ current budget.</summary>
    decimal? BudgetExecutionRate,
    /// <summary>Of the received and spent, what came from imported past totals (null when none): shown flagged as imported.</summary>
    PastTotalFigures? Imported = null);

/// <summary>The part of a line's figures that is an imported past total rather than recorded entries.</summary>
public sealed record PastTotalFigures(DateOnly AsOf, decimal Received, decimal Spent);

public sealed record ExecutionTotals(decimal Approved, decimal CurrentBudget, decimal Received, decimal Spent, decimal Balance, decimal? ExecutionRate);

/// <summary>三公经费: the budget of the 三公 lines against what was spent in 三公 categories.</summary>
public sealed record ThreePublicFigures(decimal Budget, decimal Received, decimal Spent, bool WithinBudget, decimal? ControlRate);

public sealed record ExecutionTable(
    int Year,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<LineFigures> Lines,
    ExecutionTotals Total,
    ExecutionTotals Project,
    ExecutionTotals Basic,
    ThreePublicFigures ThreePublic,
    decimal ProcurementTotal);
