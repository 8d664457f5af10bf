using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Tests.Support;

namespace Safeguarding.Analytics.Domain.Tests.Disclosure;

/// <summary>
/// Small frames for disclosure tests: England, regions of a few authorities each (one perhaps in sub-regions, as
/// London is), counts by area and period; and the
/// attacker's view of a decision — every sum across the hierarchy and across time, with the figures shown as numbers
/// and those withheld or not held as unknowns — written here from the layout, not from the service's own sums.
/// </summary>
internal static class Frames
{
    public const string England = "E92000001";

    public static readonly Indicator Count = TestCatalogue.CppRate with { Id = "count", ValueType = IndicatorValueType.Count, Multiplier = 1 };

    /// <summary>England and regions E1200000r (r from 1) with the given number of authorities, coded E0r0000aa.</summary>
    public static AreaDirectory Areas(params int[] authoritiesPerRegion)
    {
        var areas = new List<Area> { new() { Code = England, Name = "England", Kind = AreaKind.Country } };
        for (var r = 1; r <= authoritiesPerRegion.Length; r++)
        {
            areas.Add(new Area { Code = Region(r), Name = $"Region {r}", Kind = AreaKind.Region });
            for (var a = 1; a <= authoritiesPerRegion[r - 1]; a++)
            {
                areas.Add(new Area { Code = Authority(r, a), Name = $"Authority {r}.{a}", Kind = AreaKind.LocalAuthority, RegionCode = Region(r) });
            }
        }

        return new AreaDirectory(areas, []);
    }

    /// <summary>
    /// England; region 1 split into sub-regions E1300000s (s from 1, as Inner and Outer London are) with the given
    /// number of authorities each, coded E0100s0aa; and region 2 with three authorities.
    /// </summary>
    public static AreaDirectory AreasWithSubRegions(params int[] authoritiesPerSubRegion)
    {
        var areas = new List<Area>
        {
            new() { Code = England, Name = "England", Kind = AreaKind.Country },
            new() { Code = Region(1), Name = "Region 1", Kind = AreaKind.Region },
            new() { Code = Region(2), Name = "Region 2", Kind = AreaKind.Region },
        };
        for (var s = 1; s <= authoritiesPerSubRegion.Length; s++)
        {
            areas.Add(new Area { Code = SubRegion(s), Name = $"Sub-region {s}", Kind = AreaKind.SubRegion, RegionCode = Region(1) });
            for (var a = 1; a <= authoritiesPerSubRegion[s - 1]; a++)
            {
                areas.Add(new Area { Code = $"E0100{s}0{a:00}", Name = $"Authority 1.{s}.{a}", Kind = AreaKind.LocalAuthority, RegionCode = Region(1), SubRegionCode = SubRegion(s) });
            }
        }

        for (var a = 1; a <= 3; a++)
        {
            areas.Add(new Area { Code = Authority(2, a), Name = $"Authority 2.{a}", Kind = AreaKind.LocalAuthority, RegionCode = Region(2) });
        }

        return new AreaDirectory(areas, []);
    }

    public static string SubRegion(int s) => $"E13{s:000000}";

    public static string Region(int r) => $"E12{r:000000}";

    public static string Authority(int r, int a) => $"E0{r}{a:000000}";

    public static Observation Figure(string area, string period, long count, Indicator? indicator = null) => new()
    {
        IndicatorId = (indicator ?? Count).Id,
        AreaCode = area,
        PeriodKey = period,
        Value = count,
        Numerator = count,
        Source = "test",
    };

    /// <summary>
    /// A count frame with regions, sub-regions and England the sums of their authorities, and years the sums of their quarters
    /// (<paramref name="stock"/>: a year is its fourth quarter) — from the authorities' quarterly counts.
    /// </summary>
    public static List<Observation> Counts(AreaDirectory areas, int financialYear, Func<string, int, long> quarterCount, bool stock = false)
    {
        var counts = new Dictionary<(string Area, int Quarter), long>();
        foreach (var authority in areas.LocalAuthorities)
        {
            for (var q = 1; q <= 4; q++)
            {
                counts[(authority.Code, q)] = quarterCount(authority.Code, q);
            }
        }

        foreach (var region in areas.Regions)
        {
            for (var q = 1; q <= 4; q++)
            {
                counts[(region.Code, q)] = areas.LocalAuthorities.Where(a => a.RegionCode == region.Code).Sum(a => counts[(a.Code, q)]);
            }
        }

        foreach (var subRegion in areas.SubRegions)
        {
            for (var q = 1; q <= 4; q++)
            {
                counts[(subRegion.Code, q)] = areas.LocalAuthorities.Where(a => a.SubRegionCode == subRegion.Code).Sum(a => counts[(a.Code, q)]);
            }
        }

        for (var q = 1; q <= 4; q++)
        {
            counts[(England, q)] = areas.Regions.Sum(r => counts[(r.Code, q)]);
        }

        var year = Period.FinancialYear(financialYear);
        var frame = new List<Observation>();
        foreach (var area in counts.Keys.Select(k => k.Area).Distinct())
        {
            for (var q = 1; q <= 4; q++)
            {
                frame.Add(Figure(area, Period.FinancialQuarter(financialYear, q).Key, counts[(area, q)]));
            }

            frame.Add(Figure(area, year.Key, stock ? counts[(area, 4)] : Enumerable.Range(1, 4).Sum(q => counts[(area, q)])));
        }

        return frame;
    }

    /// <summary>
    /// The attacker's equations for a count frame as a reader sees it: each period's regions and England as sums, and
    /// each year as the sum of its quarters (or its fourth quarter) when <paramref name="relation"/> says so.
    /// </summary>
    public static Attacker AttackerOf(IReadOnlyCollection<Observation> frame, AreaDirectory areas, WithheldFigures withheld, TimeRelation relation)
    {
        var shown = frame.Where(o => !withheld.IsWithheld(o)).ToDictionary(o => (o.AreaCode, o.PeriodKey), o => (long?)(long)o.Value!.Value);
        Figure At(string area, string period) => new($"{area}|{period}", shown.GetValueOrDefault((area, period)));
        var attacker = new Attacker();
        var periods = frame.Select(o => o.PeriodKey).Distinct().ToList();
        foreach (var period in periods)
        {
            foreach (var region in areas.Regions)
            {
                attacker.Sum(areas.LocalAuthorities.Where(a => a.RegionCode == region.Code).Select(a => At(a.Code, period)), At(region.Code, period));
            }

            foreach (var subRegion in areas.SubRegions)
            {
                attacker.Sum(areas.LocalAuthorities.Where(a => a.SubRegionCode == subRegion.Code).Select(a => At(a.Code, period)), At(subRegion.Code, period));
            }

            attacker.Sum(areas.Regions.Select(r => At(r.Code, period)), At(England, period));
        }

        foreach (var year in periods.Select(Period.Parse).Where(p => p.Kind == PeriodKind.FinancialYear))
        {
            foreach (var area in frame.Select(o => o.AreaCode).Distinct())
            {
                var quarters = Enumerable.Range(1, 4).Select(q => At(area, Period.FinancialQuarter(year.StartYear, q).Key)).ToList();
                if (relation == TimeRelation.Flow)
                {
                    attacker.Sum(quarters, At(area, year.Key));
                }
                else if (relation == TimeRelation.Stock)
                {
                    attacker.Sum([quarters[3]], At(area, year.Key));
                }
            }
        }

        return attacker;
    }

    /// <summary>Every withheld figure on a count of 1 to 5 could, for the attacker, be 0 or 6 or more.</summary>
    public static void AssertNoSmallCountRecoverable(IReadOnlyCollection<Observation> frame, AreaDirectory areas, WithheldFigures withheld, TimeRelation relation)
    {
        using var attacker = AttackerOf(frame, areas, withheld, relation);
        foreach (var figure in frame.Where(o => withheld.IsWithheld(o) && o.Value is >= 1 and <= 5))
        {
            var (least, greatest) = attacker.Range($"{figure.AreaCode}|{figure.PeriodKey}");
            Assert.True(least == 0 || greatest >= 6, $"{figure.AreaCode} {figure.PeriodKey} ({figure.Value}) is pinned to {least}–{greatest}.");
        }
    }
}
