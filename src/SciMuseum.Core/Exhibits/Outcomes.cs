namespace SciMuseum.Core.Exhibits;

/// <summary>What an exhibits use case answers: done (with the row), no such row, a field that names something wrong, or a refusal.</summary>
public abstract record Outcome<T>
{
    public sealed record Done(T Value) : Outcome<T>;
    public sealed record NotFound : Outcome<T>;
    /// <summary>Valid in form but wrong against the records (a duplicate code, a hall of another museum): a 400 naming the field.</summary>
    public sealed record FieldError(string Field, string Zh, string En) : Outcome<T>;
    /// <summary>A business rule said no (closing an order twice): a 409.</summary>
    public sealed record Refused(string Type, string Zh, string En) : Outcome<T>;

    /// <summary>The same answer as the shared <see cref="Common.Result{T}"/>, for the pages' SaveDialog.</summary>
    public Common.Result<T> ToResult() => this switch
    {
        Done d => d.Value,
        FieldError f => Common.Refusal.OnField(f.Field, f.Zh, f.En),
        Refused r => Common.Refusal.Because(r.Type.Replace("/problems/", ""), r.Zh, r.En),
        _ => Common.Refusal.NotFound(),
    };
}
