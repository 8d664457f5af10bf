namespace Safeguarding.Analytics.Integration.Tests.Disclosure.Attacker;

/// <summary>
/// A sum an attacker can use: the total's count is the sum of its parts' counts (a region of its authorities, England
/// of its regions, a year of its quarters, a stock's year of its last quarter).
/// </summary>
public sealed record CountSum(string Name, Cell Total, IReadOnlyList<Cell> Parts)
{
    public override string ToString() => $"{Name}: {Total} = " + string.Join(" + ", Parts.Select(p => p.Area == Total.Area ? p.Period : p.Area));
}

/// <summary>
/// What the counts a reader was not shown can be, given the ones shown and every sum: each unknown count is a whole
/// number from 0 (up to its denominator where that was shown, and within what a value shown with its denominator
/// implies), and each sum holds. Worked out by interval bound
/// propagation iterated to a fixed point: for a sum, an unknown lies between the total less the others' largest and
/// the total less the others' smallest. For one sum at a time this is the exact range (every value in it is
/// reachable); over several sums sharing unknowns it can be wider than the exact one, so <see cref="Exact"/> then asks
/// an integer programme (OR-Tools' linear solver with CBC, not the CP-SAT checks the service's own audit makes) for the
/// least and greatest value every sum together allows. A sum the shown figures contradict (published figures rounded,
/// or from two sources) is left out, as an attacker would.
/// </summary>
public sealed class FeasibleRange
{
    private const double Unbounded = double.PositiveInfinity;

    private readonly IReadOnlyDictionary<Cell, long> _known;
    private readonly IReadOnlyDictionary<Cell, long> _ceilings;
    private readonly IReadOnlyDictionary<Cell, (double Low, double High)> _implied;

    /// <param name="known">Counts the reader was given.</param>
    /// <param name="ceilings">Denominators: a proportion's count is no larger.</param>
    /// <param name="implied">Where a value and denominator shown put a count not given.</param>
    public FeasibleRange(IReadOnlyDictionary<Cell, long> known, IReadOnlyDictionary<Cell, long> ceilings, IReadOnlyDictionary<Cell, (double Low, double High)> implied)
    {
        _known = known;
        _ceilings = ceilings;
        _implied = implied;
    }

    /// <summary>What an unknown count can be before any sum: 0 up to its denominator, within what its value implies.</summary>
    public (double Low, double High) Start(Cell cell)
    {
        var (low, high) = (0.0, _ceilings.TryGetValue(cell, out var ceiling) ? ceiling : Unbounded);
        return _implied.TryGetValue(cell, out var implied) ? (Math.Max(low, implied.Low), Math.Min(high, implied.High)) : (low, high);
    }

    /// <summary>
    /// The sums kept and the range of each unknown count in them. Sums are taken in turn and each is kept only if it
    /// does not contradict what was shown and the sums kept before it.
    /// </summary>
    public (IReadOnlyList<CountSum> Used, IReadOnlyDictionary<Cell, (double Low, double High)> Ranges) Solve(IEnumerable<CountSum> sums)
    {
        var used = new List<CountSum>();
        foreach (var sum in sums.Where(s => !_known.ContainsKey(s.Total) || s.Parts.Any(p => !_known.ContainsKey(p))))
        {
            if (Propagate([.. used, sum]) is not null)
            {
                used.Add(sum);
            }
        }

        return (used, Propagate(used)!);
    }

    /// <summary>
    /// The least and greatest whole value the cell can take with every sum used holding at once, each unknown within
    /// its propagated range (which every solution respects, so the programme loses nothing by starting from it).
    /// </summary>
    public (double Low, double High) Exact(IReadOnlyList<CountSum> used, IReadOnlyDictionary<Cell, (double Low, double High)> propagated, Cell cell)
    {
        ArgumentNullException.ThrowIfNull(used);
        ArgumentNullException.ThrowIfNull(propagated);
        return (Optimise(used, propagated, cell, minimise: true), Optimise(used, propagated, cell, minimise: false));
    }

    private double Optimise(IReadOnlyList<CountSum> used, IReadOnlyDictionary<Cell, (double Low, double High)> propagated, Cell cell, bool minimise)
    {
        const double Cap = 10_000_000;
        using var solver = Google.OrTools.LinearSolver.Solver.CreateSolver("CBC") ?? throw new InvalidOperationException("CBC is not available.");
        var variables = new Dictionary<Cell, Google.OrTools.LinearSolver.Variable>();
        Google.OrTools.LinearSolver.Variable Of(Cell c)
        {
            if (!variables.TryGetValue(c, out var variable))
            {
                var (low, high) = propagated.TryGetValue(c, out var range) ? range : Start(c);
                variable = solver.MakeIntVar(low, Math.Min(high, Cap), $"x{variables.Count}");
                variables[c] = variable;
            }

            return variable;
        }

        foreach (var sum in used)
        {
            // total − Σ parts = 0, known counts moved to the right-hand side.
            double rightHandSide = 0;
            var terms = new List<(Cell Cell, int Sign)>();
            foreach (var (term, sign) in sum.Parts.Select(p => (p, -1)).Prepend((sum.Total, 1)))
            {
                if (_known.TryGetValue(term, out var count))
                {
                    rightHandSide -= sign * count;
                }
                else
                {
                    terms.Add((term, sign));
                }
            }

            var constraint = solver.MakeConstraint(rightHandSide, rightHandSide, string.Empty);
            foreach (var (term, sign) in terms)
            {
                constraint.SetCoefficient(Of(term), constraint.GetCoefficient(Of(term)) + sign);
            }
        }

        var objective = solver.Objective();
        objective.SetCoefficient(Of(cell), 1);
        if (minimise)
        {
            objective.SetMinimization();
        }
        else
        {
            objective.SetMaximization();
        }

        var status = solver.Solve();
        return status is Google.OrTools.LinearSolver.Solver.ResultStatus.OPTIMAL
            ? Math.Round(objective.Value())
            : throw new InvalidOperationException($"The attacker's programme for {cell} ended {status}: the sums kept should always have a solution.");
    }

    private Dictionary<Cell, (double Low, double High)>? Propagate(IReadOnlyList<CountSum> sums)
    {
        var ranges = new Dictionary<Cell, (double Low, double High)>();
        foreach (var cell in sums.SelectMany(s => s.Parts.Append(s.Total)).Where(c => !_known.ContainsKey(c)))
        {
            ranges[cell] = Start(cell);
        }

        (double Low, double High) Of(Cell cell) => _known.TryGetValue(cell, out var count) ? (count, count) : ranges[cell];

        for (var pass = 0; pass < 1000; pass++)
        {
            var changed = false;
            foreach (var sum in sums)
            {
                // total − Σ parts = 0, each term with its sign.
                var terms = sum.Parts.Select(p => (Cell: p, Sign: -1)).Prepend((Cell: sum.Total, Sign: 1)).ToList();
                foreach (var (cell, sign) in terms.Where(t => !_known.ContainsKey(t.Cell)))
                {
                    double othersLow = 0, othersHigh = 0;
                    foreach (var other in terms.Where(t => t.Cell != cell))
                    {
                        var (low, high) = Of(other.Cell);
                        othersLow += other.Sign > 0 ? low : -high;
                        othersHigh += other.Sign > 0 ? high : -low;
                    }

                    // sign × x = −(others) ⇒ x ∈ [−othersHigh, −othersLow] × sign.
                    var (from, to) = sign > 0 ? (-othersHigh, -othersLow) : (othersLow, othersHigh);
                    var current = ranges[cell];
                    var low2 = Math.Max(current.Low, Math.Ceiling(from));
                    var high2 = Math.Min(current.High, Math.Floor(to));
                    if (low2 > high2)
                    {
                        return null;
                    }

                    if (low2 != current.Low || high2 != current.High)
                    {
                        ranges[cell] = (low2, high2);
                        changed = true;
                    }
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return ranges;
    }
}
