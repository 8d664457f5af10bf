using System.Globalization;
using System.Text.Json;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Forecasting.Anomalies;

/// <summary>Profiles from stored figures, and the unusual-profile exceptions an area's scores raise.</summary>
public static class AreaProfiles
{
    /// <summary>A period is profiled only when at least this many areas have figures for it (a national publication).</summary>
    public const int MinimumAreas = 30;

    /// <summary>An area ranked this high or higher in a period is flagged.</summary>
    public const int FlaggedRanks = 5;

    /// <summary>One profile per area and period with figures for at least <see cref="MinimumAreas"/> areas.</summary>
    public static IReadOnlyList<AreaProfile> From(IEnumerable<Observation> localAuthorityFigures)
    {
        ArgumentNullException.ThrowIfNull(localAuthorityFigures);
        return localAuthorityFigures.Where(o => o.Value is { } v && double.IsFinite(v))
            .GroupBy(o => o.PeriodKey, StringComparer.Ordinal)
            .Where(period => period.Select(o => o.AreaCode).Distinct(StringComparer.Ordinal).Count() >= MinimumAreas)
            .SelectMany(period => period.GroupBy(o => o.AreaCode, StringComparer.Ordinal)
                .Select(area => new AreaProfile(
                    area.Key,
                    period.Key,
                    area.GroupBy(o => o.IndicatorId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value!.Value, StringComparer.Ordinal))))
            .ToList();
    }

    /// <summary>
    /// A model for each period, trained on that period's profiles (each publication is its own population: the
    /// indicators published, and what is normal, change from year to year), and every profile scored by its period's.
    /// </summary>
    public static ProfileModels TrainByPeriod(IReadOnlyList<AreaProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var models = new Dictionary<string, ProfileModel>(StringComparer.Ordinal);
        var scores = new List<ProfileScore>();
        foreach (var period in profiles.GroupBy(p => p.PeriodKey, StringComparer.Ordinal))
        {
            var ofPeriod = period.ToList();
            if (ProfileModel.Train(ofPeriod) is { } model)
            {
                models[period.Key] = model;
                scores.AddRange(model.Score(ofPeriod));
            }
        }

        return new ProfileModels(models, scores);
    }

    /// <summary>
    /// The area's unusual profiles in its latest four profiled periods of each kind: ranked in the top
    /// <see cref="FlaggedRanks"/> of its period (first: high; otherwise medium).
    /// </summary>
    public static IEnumerable<ExceptionFinding> Exceptions(ProfileModels trained, string areaCode)
    {
        ArgumentNullException.ThrowIfNull(trained);
        var own = trained.Scores.Where(s => s.AreaCode == areaCode)
            .GroupBy(s => Period.Parse(s.PeriodKey).Kind)
            .SelectMany(kind => kind.OrderBy(s => Period.Parse(s.PeriodKey)).TakeLast(4));
        return own.Where(s => s.Rank <= FlaggedRanks).Select(s => (Score: s, Model: trained.Models[s.PeriodKey])).Select(x => (s: x.Score, model: x.Model)).Select(x => new ExceptionFinding
        {
            Kind = ExceptionKinds.UnusualProfile,
            IndicatorId = string.Empty,
            AreaCode = areaCode,
            PeriodKey = x.s.PeriodKey,
            Severity = x.s.Rank == 1 ? ExceptionSeverities.High : ExceptionSeverities.Medium,
            Method = $"ML.NET randomized PCA anomaly detection over {x.model.Indicators.Count} normalised indicators ({x.model.Components} components, trained on the period's {x.model.TrainedOn} local authorities)",
            Summary = string.Create(
                CultureInfo.InvariantCulture,
                $"In {x.s.PeriodKey} the area's profile is the {Ordinal(x.s.Rank)} most unusual of {x.s.OutOf} local authorities, most of all on {string.Join(", ", x.s.Drivers.Select(d => $"{d.IndicatorId} ({d.StandardScore:+0.0;-0.0} sd)"))}."),
            EvidenceJson = JsonSerializer.Serialize(new
            {
                score = x.s.Score,
                rank = x.s.Rank,
                outOf = x.s.OutOf,
                drivers = x.s.Drivers.Select(d => new { indicator = d.IndicatorId, value = d.Value, standardScore = d.StandardScore }),
                indicators = x.model.Indicators,
            }),
        });
    }

    private static string Ordinal(int n) => n switch
    {
        1 => "1st",
        2 => "2nd",
        3 => "3rd",
        _ => n.ToString(CultureInfo.InvariantCulture) + "th",
    };
}

/// <summary>The model trained for each period, and every profile's score under its period's model.</summary>
public sealed record ProfileModels(IReadOnlyDictionary<string, ProfileModel> Models, IReadOnlyList<ProfileScore> Scores);
