package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.store.GatewayLogRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpoolTailTest {
  private static final GatewayLogRow A = LogRows.row("a", 1);
  private static final GatewayLogRow B = LogRows.row("b", 2);
  private static final GatewayLogRow C = LogRows.row("c", 3);

  private static SpoolPosition at(long segment, long offset) {
    return new SpoolPosition(segment, offset);
  }

  @Test
  void take_followsTheChainFromExactlyThePosition_acrossASegmentRoll() {
    SpoolTail tail = new SpoolTail(10);
    tail.add(at(1, 0), A, at(1, 100));
    tail.add(at(1, 100), B, at(2, 80)); // B was written after a roll: keyed by segment 1's end
    tail.add(at(2, 80), C, at(2, 150));

    SpoolReader.Batch batch = tail.take(at(1, 0), 10);

    assertThat(batch.rows()).containsExactly(A, B, C);
    assertThat(batch.next()).isEqualTo(at(2, 150));
    assertThat(tail.size()).isZero();
  }

  @Test
  void take_rowAtThePositionMissing_isEmptyAndStaysPut() {
    SpoolTail tail = new SpoolTail(10);
    tail.add(at(1, 100), B, at(1, 200)); // the row at 1:0 was never added (e.g. the tail was full)

    SpoolReader.Batch batch = tail.take(at(1, 0), 10);

    assertThat(batch.rows()).isEmpty();
    assertThat(batch.next()).isEqualTo(at(1, 0));
    assertThat(tail.size()).isEqualTo(1);
  }

  @Test
  void take_stopsAtAGapAndAtMaxRows() {
    SpoolTail tail = new SpoolTail(10);
    tail.add(at(1, 0), A, at(1, 100));
    tail.add(at(1, 100), B, at(1, 200));
    tail.add(at(1, 300), C, at(1, 400)); // the row at 1:200 is still being added by its appender

    assertThat(tail.take(at(1, 0), 1).rows()).containsExactly(A);
    SpoolReader.Batch rest = tail.take(at(1, 100), 10);
    assertThat(rest.rows()).containsExactly(B);
    assertThat(rest.next()).isEqualTo(at(1, 200));
  }

  @Test
  void take_forgetsRowsBeforeThePosition_theShipperReadThemFromTheFile() {
    SpoolTail tail = new SpoolTail(10);
    tail.add(at(1, 0), A, at(1, 100));
    tail.add(at(1, 100), B, at(1, 200));
    tail.add(at(1, 200), C, at(1, 300));

    SpoolReader.Batch batch = tail.take(at(1, 200), 10);

    assertThat(batch.rows()).containsExactly(C);
    assertThat(tail.size()).isZero();
  }

  @Test
  void add_beyondTheBound_isNotKept() {
    SpoolTail tail = new SpoolTail(2);
    tail.add(at(1, 0), A, at(1, 100));
    tail.add(at(1, 100), B, at(1, 200));
    tail.add(at(1, 200), C, at(1, 300));

    assertThat(tail.size()).isEqualTo(2);
    SpoolReader.Batch batch = tail.take(at(1, 0), 10);
    assertThat(batch.rows()).isEqualTo(List.of(A, B));
    assertThat(batch.next()).isEqualTo(at(1, 200)); // C is read from the file
  }

  @Test
  void zeroRows_keepsNothing() {
    SpoolTail tail = new SpoolTail(0);
    tail.add(at(1, 0), A, at(1, 100));

    assertThat(tail.take(at(1, 0), 10).rows()).isEmpty();
  }
}
