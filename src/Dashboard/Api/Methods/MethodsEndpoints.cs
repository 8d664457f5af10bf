using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Safeguarding.Analytics.Forecasting.Benchmarking;
using Safeguarding.Analytics.Forecasting.Intervals;
using Safeguarding.Analytics.Forecasting.Spc;
using Safeguarding.Analytics.Forecasting.Trend;
using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Dashboard.Api.Methods;

/// <summary>
/// <c>/api/methods</c>: each statistical method on its own, stateless, so an analyst can check a flag by hand with the
/// figures behind it. Bad JSON or impossible figures get a 400 that says what is wrong.
/// </summary>
internal static class MethodsEndpoints
{
    private const int MaxSeriesLength = 10_000;

    public static IEndpointRouteBuilder MapMethodsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/methods");
        foreach (var method in Methods)
        {
            api.MapPost("/" + method, (HttpRequest request, IOptions<JsonOptions> json, CancellationToken ct) =>
                AnswerAsync(method, request.Body, json.Value.SerializerOptions, ct));
        }

        return endpoints;
    }

    /// <summary>The calculators, by the last part of their address.</summary>
    public static IReadOnlyList<string> Methods { get; } = ["ci", "benchmark", "spc", "trend", "disclosure"];

    /// <summary>
    /// One calculator's answer to a JSON body, as the API gives it; the Methods page asks the same code in-process.
    /// </summary>
    public static Task<IResult> AnswerAsync(string method, Stream body, JsonSerializerOptions options, CancellationToken ct) => method switch
    {
        "ci" => Answer<IntervalRequest>(body, options, Interval, ct),
        "benchmark" => Answer<BenchmarkRequest>(body, options, Compare, ct),
        "spc" => Answer<SpcRequest>(body, options, Spc, ct),
        "trend" => Answer<TrendRequest>(body, options, Trend, ct),
        "disclosure" => Answer<DisclosureRequest>(body, options, DisclosureCalculator.Answer, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "No such calculator."),
    };

    /// <summary>Reads the body as <typeparamref name="T"/> and answers with <paramref name="method"/>; a bad body or figure is a 400.</summary>
    private static async Task<IResult> Answer<T>(Stream request, JsonSerializerOptions options, Func<T, IResult> method, CancellationToken ct)
        where T : class
    {
        T? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<T>(request, options, ct);
        }
        catch (JsonException bad)
        {
            return ApiProblem.BadRequest($"The body is not the JSON this method takes: {bad.Message}");
        }

        if (body is null)
        {
            return ApiProblem.BadRequest("The body is empty: send the figures as a JSON object.");
        }

        try
        {
            return method(body);
        }
        catch (ArgumentException impossible)
        {
            return ApiProblem.BadRequest(impossible.Message);
        }
    }

    private static IResult Interval(IntervalRequest r)
    {
        FiniteInput.Check(("numerator", r.Numerator), ("denominator", r.Denominator), ("multiplier", r.Multiplier), ("confidence", r.Confidence));
        if (r.Numerator is not { } numerator || r.Denominator is not { } denominator)
        {
            return ApiProblem.BadRequest("Give both a numerator and a denominator.");
        }

        var confidence = r.Confidence ?? ConfidenceLevel.NinetyFive;
        var multiplier = r.Multiplier ?? 1;
        var factor = r.AnnualisationFactor ?? 1;
        var interval = r.Kind switch
        {
            "proportion" when factor != 1 => throw new ArgumentException("A proportion is not annualised: give annualisationFactor only for a rate (4 for a quarter's count read as a yearly rate)."),
            "proportion" => ProportionInterval.Wilson(numerator, denominator, confidence, multiplier),
            "rate" => RateInterval.Annualised(numerator, denominator, confidence, multiplier, factor),
            _ => throw new ArgumentException($"kind '{r.Kind}' is not one of proportion, rate."),
        };
        return interval is null
            ? Results.Ok(new { value = (double?)null, lower = (double?)null, upper = (double?)null, method = (string?)null, note = "The denominator is 0: there is no value, so no interval." })
            : Results.Ok(new { value = interval.Value, lower = interval.Lower, upper = interval.Upper, method = interval.Method });
    }

    private static IResult Compare(BenchmarkRequest r)
    {
        FiniteInput.Check(("value", r.Value), ("lower95", r.Lower95), ("upper95", r.Upper95), ("lower998", r.Lower998), ("upper998", r.Upper998), ("benchmark", r.Benchmark));
        var polarity = r.Polarity switch
        {
            "high" => Polarity.HighIsGood,
            "low" => Polarity.LowIsGood,
            "neutral" => Polarity.Neutral,
            _ => throw new ArgumentException($"polarity '{r.Polarity}' is not one of high, low, neutral."),
        };
        if (r.Lower95 > r.Upper95 || r.Lower998 > r.Upper998)
        {
            throw new ArgumentException("A lower limit is above its upper limit.");
        }

        if (r.Value < r.Lower95 || r.Value > r.Upper95)
        {
            throw new ArgumentException($"The value {r.Value} is outside its own 95% interval ({r.Lower95} to {r.Upper95}): an interval holds the figure it is about.");
        }

        if (r.Lower998 > r.Lower95 || r.Upper998 < r.Upper95)
        {
            throw new ArgumentException("The 99.8% interval is narrower than the 95% one: the stricter interval is the wider.");
        }

        var outcome = r.Lower998 is null && r.Upper998 is null
            ? Benchmark.Compare(r.Value, r.Lower95, r.Upper95, r.Benchmark, polarity)
            : Benchmark.Compare(r.Value, r.Lower95, r.Upper95, r.Lower998, r.Upper998, r.Benchmark, polarity);
        return Results.Ok(new { result = outcome.Name() });
    }

    private static IResult Spc(SpcRequest r)
    {
        var values = Series(r.Values);
        FiniteInput.Check(("target", r.Target));
        var improvement = r.Improvement ?? ImprovementDirections.Increase;
        if (improvement is not (ImprovementDirections.Increase or ImprovementDirections.Decrease or ImprovementDirections.Neutral))
        {
            throw new ArgumentException($"improvement '{improvement}' is not one of increase, decrease, neutral.");
        }

        var runLength = r.RunLength ?? SpcOptions.DefaultRunLength;
        if (runLength is not (6 or 7))
        {
            throw new ArgumentException($"runLength is {runLength}; Making Data Count uses a run of 7, or 6 where a board has chosen it.");
        }

        var chart = XmrChart.Calculate(values, new SpcOptions(improvement, r.Target, r.ScreenOutliers ?? true, runLength, runLength));
        if (chart.NotComputedReason is { } reason)
        {
            throw new ArgumentException($"No chart: {reason}.");
        }

        return Results.Ok(new
        {
            mean = chart.Mean,
            lowerLimit = chart.LowerProcessLimit,
            upperLimit = chart.UpperProcessLimit,
            lowerNearLimit = chart.LowerNearLimit,
            upperNearLimit = chart.UpperNearLimit,
            trialLimits = chart.TrialLimits,
            variation = chart.VariationIcon,
            assurance = chart.AssuranceIcon,
            points = chart.Points.Select(p => new { value = p.Value, pointType = p.PointType, rule = p.Rule }),
        });
    }

    private static IResult Trend(TrendRequest r)
    {
        var test = MannKendall.Test(Series(r.Values));
        if (test.Count >= 2 && test.Slope is null)
        {
            throw new ArgumentException("No trend line: the values are so far apart that Sen's slope is past the largest number the method can hold.");
        }

        return Results.Ok(new
        {
            s = test.S,
            variance = test.VarianceS,
            z = test.Z,
            pNormal = test.P,
            pExact = test.ExactP,
            tau = test.Tau,
            senSlope = test.Slope,
            intercept = test.Intercept,
        });
    }

    private static double[] Series(double[]? values) => values switch
    {
        null => throw new ArgumentException("Give the series as \"values\": [ ... ], oldest first."),
        { Length: > MaxSeriesLength } => throw new ArgumentException($"The series has {values.Length:N0} values; at most {MaxSeriesLength:N0} are taken."),
        _ => FiniteInput.Series(values),
    };
}
