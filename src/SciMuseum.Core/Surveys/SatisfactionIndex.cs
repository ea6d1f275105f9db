using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Surveys;

/// <summary>
/// 满意度指数: the documented method, ACSI-style. Each rating that counts (1–5 or 1–10, with a dimension and a weight)
/// is put on 0–100 as (x − min) ÷ (max − min) × 100; a dimension's score is the weighted mean of its rated questions;
/// a response's index is the weighted mean of the dimensions it rated (dimension weights); an area's index is the mean
/// of its responses' indices, rounded half-up to two decimals. NPS, choices and text are reported, not scored.
/// </summary>
public static class SatisfactionIndex
{
    /// <summary>A response's index is kept in ten-thousandths of a point: sums stay exact integers in any database.</summary>
    public const long UnitsPerPoint = 10_000;

    public static string Method => L(
        "满意度指数（0–100）：每道计分评分题按 (得分 − 最低分) ÷ (最高分 − 最低分) × 100 换算为百分制；维度得分为该维度已答评分题按题目权重的加权平均；"
        + "每份答卷的指数为其已答维度按维度权重的加权平均；区域指数为该区域全部答卷指数的算术平均，四舍五入保留两位小数。"
        + "95% 置信区间 = 指数 ± 1.96 × 标准差 ÷ √答卷数。推荐意愿（NPS）、选择题和文字题单独统计，不计入指数。",
        "Satisfaction index (0–100): each scored rating becomes (answer − lowest) ÷ (highest − lowest) × 100; a dimension's score is "
        + "the question-weighted mean of its answered ratings; a response's index is the dimension-weighted mean of the dimensions it "
        + "rated; an area's index is the mean of its responses' indices, rounded half-up to two decimals. 95% confidence interval = "
        + "index ± 1.96 × standard deviation ÷ √responses. NPS, choices and text are reported apart, not scored.");

    public static decimal Rescale(int value, int min, int max) => (value - min) * 100m / (max - min);

    /// <summary>A response's index from its ratings (question id → value), or null when it rated nothing that counts.</summary>
    public static decimal? ResponseIndex(IReadOnlyList<SurveyDimension> dimensions, IReadOnlyList<SurveyQuestion> questions, IReadOnlyDictionary<Guid, int> ratings)
    {
        decimal total = 0, weights = 0;
        foreach (var d in dimensions.Where(d => d.Weight > 0))
        {
            decimal sum = 0, w = 0;
            foreach (var q in questions.Where(q => q.CountsInIndex && q.Dimension == d.Code))
            {
                if (!ratings.TryGetValue(q.Id, out var value)) continue;
                var (min, max) = q.Scale;
                sum += q.Weight * Rescale(value, min, max);
                w += q.Weight;
            }
            if (w == 0) continue;
            total += d.Weight * (sum / w);
            weights += d.Weight;
        }
        return weights == 0 ? null : total / weights;
    }

    public static long Units(decimal index) => (long)Math.Round(index * UnitsPerPoint, MidpointRounding.AwayFromZero);

    /// <summary>An area's index from the sum of its responses' units.</summary>
    public static decimal? Of(long sumUnits, long responses) =>
        responses == 0 ? null : Math.Round((decimal)sumUnits / responses / UnitsPerPoint, 2, MidpointRounding.AwayFromZero);

    /// <summary>The 95% confidence interval's half-width in points, from the sums of units and of their squares.</summary>
    public static decimal? HalfWidth(long sumUnits, decimal sumSquares, long n)
    {
        if (n < 2) return null;
        var mean = (double)sumUnits / n / UnitsPerPoint;
        var meanSquares = (double)sumSquares / n / UnitsPerPoint / UnitsPerPoint;
        var variance = Math.Max(0, meanSquares - mean * mean) * n / (n - 1);
        return Math.Round((decimal)(1.96 * Math.Sqrt(variance / n)), 2, MidpointRounding.AwayFromZero);
    }
}
