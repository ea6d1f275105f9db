namespace SciMuseum.Core.Common;

/// <summary>
/// A use case's "no", in one shape for every module: a stable problem type (the last segment of <c>/problems/…</c>:
/// <c>validation</c> is a field error answered 400, <c>not-found</c> 404, the others 409), the field it concerns (where a
/// page shows it; null for the whole request), and the text in Chinese and English. The API maps it to RFC 9457 in one place; pages show <see cref="Message"/>. Write each
/// message once, here in Core, beside the rule that refuses.
/// </summary>
public sealed record Refusal(string Type, string? Field, string Zh, string En)
{
    public const string ValidationType = "validation";
    public const string NotFoundType = "not-found";

    /// <summary>The text in the caller's language.</summary>
    public string Message => Bilingual.L(Zh, En);

    public bool IsFieldError => Type == ValidationType && Field is not null;

    /// <summary>A field the request got wrong (a closed day, a score above the weight…): a 400 naming the field.</summary>
    public static Refusal OnField(string field, string zh, string en) => new(ValidationType, field, zh, en);

    /// <summary>The record is not there, or not in this museum.</summary>
    public static Refusal NotFound(string zh = "本馆没有这条记录。", string en = "No such record in this museum.") =>
        new(NotFoundType, null, zh, en);

    /// <summary>A business rule said no (sold out, over budget, signed off…): answered 409 unless the mapper knows better.</summary>
    public static Refusal Because(string type, string zh, string en) => new(type, null, zh, en);
}

/// <summary>What a use case came to: its value, or a <see cref="Refusal"/>. Handlers return either and it converts.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, Refusal? refusal) => (Value, Refusal) = (value, refusal);

    public T? Value { get; }

    public Refusal? Refusal { get; }

    public bool Succeeded => Refusal is null;

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Refusal refusal) => new(default, refusal);
}

/// <summary>The value of a use case that succeeds with nothing to return (a delete).</summary>
public readonly record struct Done
{
    public static readonly Done Value = new();
}
