using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Safeguarding.Analytics.Forecasting.Forecasts;

/// <summary>
/// A quarterly series' next quarters from an ML.NET regression (SDCA, single-threaded and seeded, so the same series
/// gives the same forecast) on lagged and seasonal features: the previous quarter, the one before, the same quarter a
/// year earlier, the quarter of the year and the time. Training (<see cref="Train"/>) is separate from forecasting
/// (<see cref="Forecast"/>), which feeds each forecast back as the next quarter's lag.
/// </summary>
public sealed class QuarterlyForecaster
{
    /// <summary>The fewest quarters a model is trained on: three years.</summary>
    public const int MinimumHistory = 12;

    private const int Seed = 20_240_401;
    private const int Features = 8;

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly IReadOnlyList<double> _history;
    private readonly int _firstQuarterOfYear;

    private QuarterlyForecaster(MLContext ml, ITransformer model, IReadOnlyList<double> history, int firstQuarterOfYear)
    {
        _ml = ml;
        _model = model;
        _history = history;
        _firstQuarterOfYear = firstQuarterOfYear;
    }

    /// <summary>A model of the series, or null with fewer than <see cref="MinimumHistory"/> quarters.</summary>
    /// <param name="values">The quarters' values, oldest first, without gaps.</param>
    /// <param name="firstQuarterOfYear">The first value's quarter of the year, 1 to 4.</param>
    public static QuarterlyForecaster? Train(IReadOnlyList<double> values, int firstQuarterOfYear)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstQuarterOfYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstQuarterOfYear, 4);
        if (values.Count < MinimumHistory || values.Any(v => !double.IsFinite(v)))
        {
            return null;
        }

        var ml = new MLContext(Seed);
        var rows = Enumerable.Range(4, values.Count - 4).Select(t => new Row { Features = FeaturesAt(values, t, firstQuarterOfYear), Label = (float)values[t] }).ToList();
        var pipeline = ml.Transforms.NormalizeMeanVariance(nameof(Row.Features))
            .Append(ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
            {
                LabelColumnName = nameof(Row.Label),
                FeatureColumnName = nameof(Row.Features),
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 200,
                Shuffle = false,
            }));
        var model = pipeline.Fit(ml.Data.LoadFromEnumerable(rows, Schema()));
        return new QuarterlyForecaster(ml, model, values, firstQuarterOfYear);
    }

    /// <summary>The next <paramref name="quarters"/> values, each built on the forecasts before it.</summary>
    public IReadOnlyList<double> Forecast(int quarters)
    {
        var extended = _history.ToList();
        var engine = _ml.Model.CreatePredictionEngine<Row, Prediction>(_model, inputSchemaDefinition: Schema());
        for (var h = 0; h < quarters; h++)
        {
            var t = extended.Count;
            extended.Add(engine.Predict(new Row { Features = FeaturesAt(extended, t, _firstQuarterOfYear) }).Score);
        }

        return extended.Skip(_history.Count).ToList();
    }

    /// <summary>lag 1, lag 2, lag 4, the quarter of the year as four 0/1 columns, and the time.</summary>
    private static float[] FeaturesAt(IReadOnlyList<double> values, int t, int firstQuarterOfYear)
    {
        var quarter = ((firstQuarterOfYear - 1 + t) % 4) + 1;
        return
        [
            (float)values[t - 1], (float)values[t - 2], (float)values[t - 4],
            quarter == 1 ? 1f : 0f, quarter == 2 ? 1f : 0f, quarter == 3 ? 1f : 0f, quarter == 4 ? 1f : 0f,
            t,
        ];
    }

    private static SchemaDefinition Schema()
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Features);
        return schema;
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public float Label { get; set; }
    }

    private sealed class Prediction
    {
        public float Score { get; set; }
    }
}
