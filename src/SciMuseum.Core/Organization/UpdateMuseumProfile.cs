using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Organization;

/// <summary>The museum's public profile: what the home page and the report's 基本情况 show.</summary>
public static class UpdateMuseumProfile
{
    public sealed record Command(string? Name, string? NameEn, string? Level, string? Province, string? City, string? Address,
        string? Phone, string? OpeningHours, string? Introduction, string? Supervisor);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.NameEn).OptionalText(200);
            RuleFor(c => c.Level).OptionalText(50);
            RuleFor(c => c.Province).OptionalText(50);
            RuleFor(c => c.City).OptionalText(50);
            RuleFor(c => c.Address).OptionalText(200);
            RuleFor(c => c.Phone).OptionalText(40);
            RuleFor(c => c.OpeningHours).OptionalText(200);
            RuleFor(c => c.Introduction).OptionalText(4000);
            RuleFor(c => c.Supervisor).OptionalText(100);
        }
    }

    public static Task<Museum?> CurrentAsync(MuseumDb db, CancellationToken ct) =>
        db.Museums.FirstOrDefaultAsync(m => m.Id == db.User.MuseumId, ct);

    public static async Task<Result<Museum>> HandleAsync(MuseumDb db, Command c, CancellationToken ct)
    {
        var m = await CurrentAsync(db, ct);
        if (m is null) return Refusal.NotFound();
        m.Name = c.Name!.Trim();
        m.NameEn = c.NameEn?.Trim() ?? "";
        m.Level = c.Level?.Trim() ?? "";
        m.Province = c.Province?.Trim() ?? "";
        m.City = c.City?.Trim() ?? "";
        m.Address = c.Address?.Trim() ?? "";
        m.Phone = c.Phone?.Trim() ?? "";
        m.OpeningHours = c.OpeningHours?.Trim() ?? "";
        m.Introduction = c.Introduction?.Trim() ?? "";
        m.Supervisor = c.Supervisor?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return m;
    }

    public static Command From(Museum m) => new(m.Name, m.NameEn, m.Level, m.Province, m.City, m.Address, m.Phone,
        m.OpeningHours, m.Introduction, m.Supervisor);
}

public static class SaveHall
{
    public sealed record Command(int? Floor, string? Name, string? Theme, decimal? AreaSquareMeters, int? SortOrder);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Floor).Required().InclusiveBetween(-5, 100);
            RuleFor(c => c.Name).RequiredText(50);
            RuleFor(c => c.Theme).OptionalText(200);
            RuleFor(c => c.AreaSquareMeters).InclusiveBetween(0m, 1_000_000m);
        }
    }

    public static async Task<Result<Hall>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var h = id is null ? db.Halls.Add(new Hall()).Entity : await db.Halls.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (h is null) return Refusal.NotFound();
        h.Floor = c.Floor!.Value;
        h.Name = c.Name!.Trim();
        h.Theme = c.Theme?.Trim() ?? "";
        h.AreaSquareMeters = Money.Round(c.AreaSquareMeters ?? 0m);
        h.SortOrder = c.SortOrder ?? h.SortOrder;
        await db.SaveChangesAsync(ct);
        return h;
    }
}
