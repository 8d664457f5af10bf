using System.Globalization;
using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Warehouse.Tests.Records;

/// <summary>Records made for the contract's tests, and loads of them under fresh ids.</summary>
public abstract partial class RecordStoreContract
{
    protected const string AreaA = "E06000019";
    protected const string AreaB = "E08000025";

    protected static DomesticAbuseIncident Referral(string id, string victim, string date, string area = AreaA) =>
        new(id, victim, "perp-" + victim, Day(date), area, RiskLevel.High, MaracReferral: true);

    protected static DomesticAbuseIncident NotReferred(string id, string victim, string date, string area = AreaA) =>
        new(id, victim, "perp-" + victim, Day(date), area, RiskLevel.Medium, MaracReferral: false);

    protected static YouthJusticeOutcome Outcome(string person, int age, string date, string area = AreaA, OutcomeType type = OutcomeType.YouthCaution) =>
        new(person, age, Day(date), type, area);

    protected static DerivedCount Repeat(string area, string period, long repeats, long referrals) =>
        new(RecordIndicatorReference.RepeatDomesticAbuseId, area, period, repeats, referrals);

    protected static DerivedCount Fte(string area, string period, long entrants, long? population) =>
        new(RecordIndicatorReference.FirstTimeEntrantsId, area, period, entrants, population);

    protected static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected Task<LoadRecord> AppendIncidentsAsync(params DomesticAbuseIncident[] incidents) =>
        Store.AppendIncidentsAsync(new RecordLoad<DomesticAbuseIncident>(NewId(), "test", "incidents", incidents));

    protected Task<LoadRecord> AppendOutcomesAsync(params YouthJusticeOutcome[] outcomes) =>
        Store.AppendOutcomesAsync(new RecordLoad<YouthJusticeOutcome>(NewId(), "test", "outcomes", outcomes));

    protected Task<LoadRecord> AppendPopulationAsync(params ChildPopulation[] estimates) =>
        Store.AppendPopulationAsync(new RecordLoad<ChildPopulation>(NewId(), "test", "population", estimates));

    private static string NewId() => Guid.NewGuid().ToString("N");
}
