using Google.OrTools.Sat;

namespace Safeguarding.Analytics.Domain.Disclosure;

/// <summary>
/// The interval audit, as τ-ARGUS does it: the values a hidden count could take, given every published sum it is in,
/// over non-negative whole numbers. Each question — could this count be 0? could it be 6 or more? — is answered by an
/// integer programme (Google OR-Tools' CP-SAT solver), so a count pinned inside 1 to 5 by several sums together is
/// caught even when no single sum, and no exact elimination, gives it away.
/// </summary>
internal static class IntervalAudit
{
    /// <summary>Larger than any count the service holds; the upper bound of an unknown.</summary>
    public const long Unbounded = 1L << 40;

    /// <summary>One sum as the attacker writes it: Σ coefficient × unknown = right-hand side (published figures moved across).</summary>
    internal sealed record Equation(int[] Unknowns, long[] Coefficients, long RightHandSide);

    /// <summary>
    /// Whether some non-negative whole numbers satisfy every equation with the target unknown between
    /// <paramref name="lowest"/> and <paramref name="highest"/>. A solver that cannot decide in time answers no
    /// (so the audit withholds more rather than less).
    /// </summary>
    public static bool Feasible(int unknowns, IReadOnlyList<Equation> equations, int target, long lowest, long highest) =>
        lowest <= highest && Feasible(unknowns, equations, target, [lowest, highest]);

    /// <summary>As above, with the target in any of the intervals given as (lowest, highest) pairs one after another.</summary>
    public static bool Feasible(int unknowns, IReadOnlyList<Equation> equations, int target, long[] intervals)
    {
        ArgumentNullException.ThrowIfNull(equations);

        var model = new CpModel();
        var x = new IntVar[unknowns];
        for (var i = 0; i < unknowns; i++)
        {
            x[i] = i == target
                ? model.NewIntVarFromDomain(Google.OrTools.Util.Domain.FromFlatIntervals(intervals), "t")
                : model.NewIntVar(0, Unbounded, "u");
        }

        foreach (var equation in equations)
        {
            model.AddLinearConstraint(
                LinearExpr.WeightedSum(equation.Unknowns.Select(u => (LinearExpr)x[u]), equation.Coefficients),
                equation.RightHandSide,
                equation.RightHandSide);
        }

        var solver = new CpSolver { StringParameters = "num_workers:1,max_time_in_seconds:2" };
        var status = solver.Solve(model);
        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
    }

    /// <summary>
    /// Whether the hidden count, truly <paramref name="truth"/>, is exposed by the equations: pinned inside the small
    /// range (1 to <c>SmallestShown − 1</c>: it can be neither 0 nor <c>SmallestShown</c> or more) when it is small,
    /// or — when <paramref name="exactness"/> is asked for — pinned to one value. Published sums that contradict one
    /// another (source rounding) leave no whole-number solution at all; the attacker then has each sum alone, and the
    /// count is judged against each sum alone.
    /// </summary>
    public static bool Exposed(int unknowns, IReadOnlyList<Equation> equations, int target, long truth, DisclosureRule rule, bool exactness)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!ExposedBy(unknowns, equations, target, truth, rule, exactness))
        {
            return false;
        }

        if (Feasible(unknowns, equations, target, 0, Unbounded))
        {
            return true;
        }

        foreach (var equation in equations.Where(e => e.Unknowns.Contains(target)))
        {
            var local = equation.Unknowns.Distinct().ToList();
            var alone = new Equation([.. equation.Unknowns.Select(u => local.IndexOf(u))], equation.Coefficients, equation.RightHandSide);
            if (ExposedBy(local.Count, [alone], local.IndexOf(target), truth, rule, exactness))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ExposedBy(int unknowns, IReadOnlyList<Equation> equations, int target, long truth, DisclosureRule rule, bool exactness)
    {
        if (rule.IsSmall(truth))
        {
            return !Feasible(unknowns, equations, target, [0, 0, rule.SmallestShown, Unbounded]);
        }

        return exactness
            && !Feasible(unknowns, equations, target, truth == 0 ? [1, Unbounded] : [0, truth - 1, truth + 1, Unbounded]);
    }
}
