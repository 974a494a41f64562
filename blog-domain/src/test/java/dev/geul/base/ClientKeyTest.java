package dev.geul.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientKeyTest {

    @Test
    void every_address_of_one_ipv6_64_block_is_one_client() {
        assertThat(ClientKey.of("2001:db8:1:2::1")).isEqualTo(ClientKey.of("2001:db8:1:2:ffff:ffff:ffff:fffe"))
                .isEqualTo(ClientKey.of("2001:DB8:1:2:abcd::7")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientKey.of("2001:db8:1:3::1")).as("the next /64").isNotEqualTo(ClientKey.of("2001:db8:1:2::1"));
    }

    @Test
    void an_ipv4_address_is_one_client_however_it_is_written() {
        assertThat(ClientKey.of("203.0.113.7")).isEqualTo("203.0.113.7")
                .isEqualTo(ClientKey.of("::ffff:203.0.113.7")).isEqualTo(ClientKey.of(" 203.0.113.7 "));
        assertThat(ClientKey.of("203.0.113.8")).isNotEqualTo(ClientKey.of("203.0.113.7"));
    }

    @Test
    void an_unknown_address_is_the_unknown_client() {
        assertThat(ClientKey.of(null)).isEqualTo(ClientKey.UNKNOWN);
        assertThat(ClientKey.of("")).isEqualTo(ClientKey.UNKNOWN);
        assertThat(ClientKey.of("not an address")).isEqualTo(ClientKey.UNKNOWN);
    }
}
