package vn.tdkt.nomination;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class NominationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(NominationServiceApplication.class, args);
    }
}
