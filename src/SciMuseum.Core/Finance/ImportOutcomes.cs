using SciMuseum.Core.Common;

namespace SciMuseum.Core.Finance;

/// <summary>Nothing was written: a ledger needs the year's budget lines first.</summary>
public sealed record ImportWithoutBudget : ImportOutcome;
public sealed record BudgetImported(int BudgetLines, int Added, int Updated) : ImportOutcome;
public sealed record LedgerImported(int Receipts, int Expenditures) : ImportOutcome;
public sealed record PastLedgerTotalsImported(int Lines, decimal Received, decimal Spent) : ImportOutcome;
