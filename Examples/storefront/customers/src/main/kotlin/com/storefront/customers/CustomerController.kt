package com.storefront.customers

import org.springframework.beans.factory.annotation.Value
import org.springframework.kafka.core.KafkaTemplate
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.PutMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RestController
import org.springframework.web.client.RestTemplate

data class Customer(val id: String, val email: String, val phone: String)

@RestController
class CustomerController(
    private val kafka: KafkaTemplate<String, Customer>,
    private val restTemplate: RestTemplate,
    @Value("\${orders.base-url}") private val ordersUrl: String,
) {
    private val customers = mutableMapOf<String, Customer>()

    @GetMapping("/customers/{id}")
    fun get(@PathVariable id: String): Customer? = customers[id]

    @PutMapping("/customers/{id}")
    fun update(@PathVariable id: String, @RequestBody customer: Customer): Customer {
        customers[id] = customer
        kafka.send("customer.updated", id, customer)
        return customer
    }

    @GetMapping("/customers/{id}/orders")
    fun orders(@PathVariable id: String): List<Map<String, Any>> =
        restTemplate.getForObject("$ordersUrl/orders?customer=$id", List::class.java) as List<Map<String, Any>>
}
