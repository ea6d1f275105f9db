namespace SciMuseum.Core.Finance;

/// <summary>
/// The named figures of an execution table that an outside document may also state. A stated figure with the same
/// key is reconciled against the value here (yuan for money, percent for rates).
/// </summary>
public static class FinanceFigures
{
    public static IReadOnlyDictionary<string, decimal?> Of(ExecutionTable t)
    {
        var figures = new Dictionary<string, decimal?>
        {
            ["budget.approved"] = t.Total.Approved,
            ["budget.approved.project"] = t.Project.Approved,
            ["budget.approved.basic"] = t.Basic.Approved,
            ["project.received"] = t.Project.Received,
            ["project.spent"] = t.Project.Spent,
            ["spending.total"] = t.Total.Spent,
            ["threePublic.budget"] = t.ThreePublic.Budget,
            ["threePublic.received"] = t.ThreePublic.Received,
            ["threePublic.spent"] = t.ThreePublic.Spent,
            ["procurement.total"] = t.ProcurementTotal,
        };
        foreach (var line in t.Lines)
        {
            figures[$"line.{line.Code}.approved"] = line.Approved;
            figures[$"line.{line.Code}.received"] = line.Received;
            figures[$"line.{line.Code}.spent"] = line.Spent;
            figures[$"line.{line.Code}.executionRate"] = line.ExecutionRate;
        }
        return figures;
    }
}
