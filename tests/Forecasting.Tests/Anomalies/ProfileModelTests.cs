using Safeguarding.Analytics.Forecasting.Anomalies;

namespace Safeguarding.Analytics.Forecasting.Tests.Anomalies;

/// <summary>
/// 150 made-up areas whose six indicators rise and fall together with one hidden level of need, over three years;
/// one area in one year breaks the pattern (high need on five indicators, very low on the sixth).
/// </summary>
public class ProfileModelTests
{
    private static readonly string[] Indicators = ["a_rate", "b_rate", "c_pct", "d_pct", "e_rate", "f_rate"];

    [Fact]
    public void The_area_that_breaks_the_pattern_ranks_first_in_its_year_with_the_broken_indicator_driving_it()
    {
        var profiles = Profiles(odd: ("A077", "2023-24"));

        var model = ProfileModel.Train(profiles)!;
        var scores = model.Score(profiles);

        var year = scores.Where(s => s.PeriodKey == "2023-24").OrderBy(s => s.Rank).ToList();
        Assert.Equal(150, year.Count);
        Assert.Equal("A077", year[0].AreaCode);
        Assert.Equal((1, 150), (year[0].Rank, year[0].OutOf));
        Assert.Equal("f_rate", year[0].Drivers[0].IndicatorId);
        Assert.True(year[0].Score > 2 * year[1].Score, $"{year[0].Score} against {year[1].Score}");
        Assert.NotEqual("A077", scores.Where(s => s.PeriodKey == "2022-23").MinBy(s => s.Rank)!.AreaCode);
    }

    [Fact]
    public void Training_twice_on_the_same_profiles_gives_the_same_scores_and_a_missing_figure_counts_as_the_mean()
    {
        var profiles = Profiles(odd: ("A077", "2023-24"));

        var first = ProfileModel.Train(profiles)!.Score(profiles);
        var second = ProfileModel.Train(profiles)!.Score(profiles);
        var model = ProfileModel.Train(profiles)!;
        var withGap = model.Score([profiles[0] with { Values = profiles[0].Values.Where(v => v.Key != "a_rate").ToDictionary() }]);
        var atMean = model.Score([profiles[0] with { Values = profiles[0].Values.Select(v => v.Key == "a_rate" ? KeyValuePair.Create(v.Key, Mean(profiles, "a_rate")) : v).ToDictionary() }]);

        Assert.Equal(first.Select(s => s.Score), second.Select(s => s.Score));
        Assert.Equal(atMean[0].Score, withGap[0].Score, 5);
    }

    [Fact]
    public void Too_few_profiles_or_indicators_give_no_model()
    {
        Assert.Null(ProfileModel.Train(Profiles(odd: null).Take(7).ToList()));
        Assert.Null(ProfileModel.Train(Profiles(odd: null).Select(p => p with { Values = p.Values.Take(3).ToDictionary() }).ToList()));
        Assert.Null(ProfileModel.Train([]));
    }

    private static List<AreaProfile> Profiles((string Area, string Year)? odd)
    {
        var random = new Random(7);
        var profiles = new List<AreaProfile>();
        foreach (var year in new[] { "2021-22", "2022-23", "2023-24" })
        {
            for (var a = 0; a < 150; a++)
            {
                var area = $"A{a:000}";
                var need = random.NextDouble() * 2 - 1;
                var values = Indicators.Select((id, i) => KeyValuePair.Create(id, 50 + (20 * need * (1 + (0.1 * i))) + (random.NextDouble() - 0.5))).ToDictionary();
                if (odd is { } o && o.Area == area && o.Year == year)
                {
                    values = Indicators.Select((id, i) => KeyValuePair.Create(id, i == 5 ? 20.0 : 68 + (2 * i))).ToDictionary();
                }

                profiles.Add(new AreaProfile(area, year, values));
            }
        }

        return profiles;
    }

    private static double Mean(List<AreaProfile> profiles, string indicator) => profiles.Average(p => p.Values[indicator]);
}
