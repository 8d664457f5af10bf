using Microsoft.ML;
using Microsoft.ML.Data;

namespace Safeguarding.Analytics.Forecasting.Anomalies;

/// <summary>
/// ML.NET's randomized PCA anomaly detector over areas' multi-indicator profiles. Training learns, from the
/// profiles given, which indicators are reported widely enough to use, each one's mean and standard deviation (the
/// normalisation), and the principal components of normal variation; scoring measures how far a profile lies from
/// them. A missing figure is taken at the mean, so it neither raises nor lowers a score. Seeded: the same profiles
/// give the same scores.
/// </summary>
public sealed class ProfileModel
{
    /// <summary>An indicator is used when at least this share of the training profiles have it.</summary>
    public const double MinimumCoverage = 0.6;

    /// <summary>Indicators per principal component kept as normal variation: few components, so an odd profile is not absorbed into one.</summary>
    public const int IndicatorsPerComponent = 5;

    public const int MaxComponents = 5;
    private const int Seed = 20_250_401;

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly double[] _means;
    private readonly double[] _deviations;

    private ProfileModel(MLContext ml, ITransformer model, IReadOnlyList<string> indicators, double[] means, double[] deviations, int trainedOn)
    {
        _ml = ml;
        _model = model;
        Indicators = indicators;
        _means = means;
        _deviations = deviations;
        TrainedOn = trainedOn;
    }

    /// <summary>The indicators the model compares, in feature order.</summary>
    public IReadOnlyList<string> Indicators { get; }

    /// <summary>How many profiles it was trained on.</summary>
    public int TrainedOn { get; }

    /// <summary>The principal components kept as normal variation: one for every five indicators, at most five.</summary>
    public int Components { get; private init; }

    /// <summary>A model of the profiles, or null when there are too few profiles or indicators to learn from.</summary>
    public static ProfileModel? Train(IReadOnlyList<AreaProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var indicators = profiles.SelectMany(p => p.Values.Keys)
            .GroupBy(id => id, StringComparer.Ordinal)
            .Where(g => g.Count() >= MinimumCoverage * profiles.Count)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        var rank = Math.Clamp(indicators.Count / IndicatorsPerComponent, 1, MaxComponents);
        if (indicators.Count < rank + 3 || profiles.Count < 2 * (rank + 3))
        {
            return null;
        }

        var means = new double[indicators.Count];
        var deviations = new double[indicators.Count];
        for (var i = 0; i < indicators.Count; i++)
        {
            var values = profiles.Select(p => p.Values.TryGetValue(indicators[i], out var v) ? v : double.NaN).Where(double.IsFinite).ToList();
            means[i] = values.Average();
            var variance = values.Sum(v => (v - means[i]) * (v - means[i])) / Math.Max(1, values.Count - 1);
            deviations[i] = variance > 0 ? Math.Sqrt(variance) : 1;
        }

        var ml = new MLContext(Seed);
        var data = ml.Data.LoadFromEnumerable(profiles.Select(p => new Row { Features = Features(p, indicators, means, deviations) }), Schema(indicators.Count));
        var trainer = ml.AnomalyDetection.Trainers.RandomizedPca(nameof(Row.Features), rank: rank, ensureZeroMean: true, seed: Seed);
        return new ProfileModel(ml, trainer.Fit(data), indicators, means, deviations, profiles.Count) { Components = rank };
    }

    /// <summary>Scores profiles and ranks them within each period, the most unusual first.</summary>
    public IReadOnlyList<ProfileScore> Score(IReadOnlyList<AreaProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        if (profiles.Count == 0)
        {
            return [];
        }

        var rows = profiles.Select(p => new Row { Features = Features(p, Indicators, _means, _deviations) }).ToList();
        var scored = _model.Transform(_ml.Data.LoadFromEnumerable(rows, Schema(Indicators.Count)));
        var scores = _ml.Data.CreateEnumerable<Scored>(scored, reuseRowObject: false).Select(s => (double)s.Score).ToList();

        // The PCA score is relative: the share of a profile's deviation from the mean that the normal components do not
        // explain. Times the size of that deviation (in standard deviations) it is the distance from normal variation,
        // so an area near the national mean with a little noise does not rank above one genuinely unlike the rest.
        return profiles.Select((p, i) => (Profile: p, Score: scores[i] * Norm(rows[i].Features), Features: rows[i].Features))
            .GroupBy(x => x.Profile.PeriodKey, StringComparer.Ordinal)
            .SelectMany(period =>
            {
                var ordered = period.OrderByDescending(x => x.Score).ThenBy(x => x.Profile.AreaCode, StringComparer.Ordinal).ToList();
                return ordered.Select((x, rank) => new ProfileScore(
                    x.Profile.AreaCode, x.Profile.PeriodKey, x.Score, rank + 1, ordered.Count, Drivers(x.Profile, x.Features)));
            })
            .ToList();
    }

    private static double Norm(float[] features) => Math.Sqrt(features.Sum(f => (double)f * f));

    private List<ProfileDriver> Drivers(AreaProfile profile, float[] features) =>
        Enumerable.Range(0, Indicators.Count)
            .Where(i => profile.Values.ContainsKey(Indicators[i]))
            .OrderByDescending(i => Math.Abs(features[i]))
            .Take(3)
            .Select(i => new ProfileDriver(Indicators[i], profile.Values[Indicators[i]], Math.Round(features[i], 2)))
            .ToList();

    private static float[] Features(AreaProfile profile, IReadOnlyList<string> indicators, double[] means, double[] deviations) =>
        [.. indicators.Select((id, i) => profile.Values.TryGetValue(id, out var v) && double.IsFinite(v) ? (float)((v - means[i]) / deviations[i]) : 0f)];

    private static SchemaDefinition Schema(int features)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features);
        return schema;
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];
    }

    private sealed class Scored
    {
        public float Score { get; set; }
    }
}
