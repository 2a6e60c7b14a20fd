package vn.gov.plans.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.plans.ApplicationTest;

@ApplicationTest
class DocumentRegisterTest {

  @Autowired DocumentRegister register;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void concurrentSigningsGetDistinctConsecutiveNumbers() throws Exception {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    int signings = 40;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> work = new ArrayList<>();
      for (int i = 0; i < signings; i++) {
        work.add(() -> transaction.execute(status -> register.next("test-concurrent", "KH", 2031)));
      }
      List<Integer> numbers = new ArrayList<>();
      for (Future<Integer> number : pool.invokeAll(work)) {
        numbers.add(number.get());
      }

      assertThat(numbers).doesNotHaveDuplicates().hasSize(signings);
      assertThat(numbers).containsExactlyInAnyOrderElementsOf(
          java.util.stream.IntStream.rangeClosed(1, signings).boxed().toList());
    } finally {
      pool.shutdown();
    }
  }

  int next(TransactionTemplate transaction, String issuer, String type, int year) {
    Integer number = transaction.execute(s -> register.next(issuer, type, year));
    return number;
  }

  @Test
  void eachIssuerTypeAndYearHasItsOwnRegisterStartingAtOne() {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(s -> register.next("test-registers", "KH", 2030));
    transaction.executeWithoutResult(s -> register.next("test-registers", "KH", 2030));

    assertThat(next(transaction, "test-registers", "KH", 2031)).isOne();
    assertThat(next(transaction, "test-registers", "BC", 2030)).isOne();
    assertThat(next(transaction, "test-registers", "KH", 2030)).isEqualTo(3);
  }

  @Test
  void aRolledBackSigningGivesItsNumberBackAndPaperNumbersMoveTheRegister() {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(s -> {
      register.next("test-rollback", "KH", 2030);
      s.setRollbackOnly();
    });
    assertThat(next(transaction, "test-rollback", "KH", 2030)).isOne();

    transaction.executeWithoutResult(s -> register.recordIssued("test-rollback", "KH", 2030, 310));
    assertThat(next(transaction, "test-rollback", "KH", 2030)).isEqualTo(311);
  }
}
