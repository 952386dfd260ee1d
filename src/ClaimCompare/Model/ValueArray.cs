using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;

namespace ClaimCompare.Model;

/// <summary>
/// An immutable array that compares by its items, so records holding one are equal when their contents are:
/// two identical runs give equal reports, and <c>report.Should().Be(other)</c> works in tests.
/// <see cref="ImmutableArray{T}"/> converts to and from it implicitly, and collection expressions build it
/// (<c>ValueArray&lt;string&gt; ids = ["c1", "c2"];</c>). The default value is the empty array.
/// </summary>
/// <typeparam name="T">The item type; items are compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps <paramref name="items"/> (a default array becomes the empty one).</summary>
    public ValueArray(ImmutableArray<T> items) => _items = items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>The empty array.</summary>
    public static ValueArray<T> Empty => default;

    /// <summary>Number of items.</summary>
    public int Length => Items.Length;

    /// <summary>True when there are no items.</summary>
    public bool IsEmpty => Items.IsEmpty;

    /// <summary>True when there are no items (kept so code written against <see cref="ImmutableArray{T}"/> reads the same).</summary>
    public bool IsDefaultOrEmpty => Items.IsEmpty;

    /// <inheritdoc/>
    int IReadOnlyCollection<T>.Count => Items.Length;

    // The default struct holds a default ImmutableArray; every read goes through this so it acts as empty.
    private ImmutableArray<T> Items => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public T this[int index] => Items[index];

    /// <summary>Wraps an immutable array.</summary>
    public static implicit operator ValueArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>The items as an immutable array (no copy).</summary>
    public static implicit operator ImmutableArray<T>(ValueArray<T> items) => items.Items;

    /// <summary>True when both hold equal items in the same order.</summary>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>True when the items differ in number, value or order.</summary>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    /// <summary>The items as an immutable array (no copy).</summary>
    public ImmutableArray<T> AsImmutableArray() => Items;

    /// <summary>Wraps an immutable array (the named form of the implicit conversion).</summary>
    public static ValueArray<T> FromImmutableArray(ImmutableArray<T> items) => new(items);

    /// <summary>Index of the first item equal to <paramref name="item"/>, or -1.</summary>
    public int IndexOf(T item) => Items.IndexOf(item);

    /// <summary>True when an item equals <paramref name="item"/>.</summary>
    public bool Contains(T item) => Items.Contains(item);

    /// <summary>A struct enumerator, so <c>foreach</c> allocates nothing.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <summary>True when <paramref name="other"/> holds equal items in the same order.</summary>
    public bool Equals(ValueArray<T> other)
    {
        var mine = Items;
        var theirs = other.Items;
        if (mine == theirs)
        {
            return true; // the same underlying array
        }

        if (mine.Length != theirs.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < mine.Length; i++)
        {
            if (!comparer.Equals(mine[i], theirs[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <summary>A hash of the items, consistent with <see cref="Equals(ValueArray{T})"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Items.Length);
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items in brackets, "[c1, c2]"; long arrays show their first items and the count.</summary>
    public override string ToString()
    {
        const int Shown = 10;
        var text = new StringBuilder("[");
        for (var i = 0; i < Math.Min(Items.Length, Shown); i++)
        {
            text.Append(i > 0 ? ", " : string.Empty).Append(Items[i]);
        }

        if (Items.Length > Shown)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $", ... ({Items.Length} items)");
        }

        return text.Append(']').ToString();
    }
}

/// <summary>Builds <see cref="ValueArray{T}"/> values (also the builder behind collection expressions).</summary>
public static class ValueArray
{
    /// <summary>An array holding a copy of <paramref name="items"/>, in order.</summary>
    public static ValueArray<T> Create<T>(params ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>An array holding the items of <paramref name="items"/> in order.</summary>
    public static ValueArray<T> ToValueArray<T>(this IEnumerable<T> items) => new(items.ToImmutableArray());
}
